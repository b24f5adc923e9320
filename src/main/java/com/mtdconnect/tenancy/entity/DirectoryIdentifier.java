package com.mtdconnect.tenancy.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is an Entra tenant id (a GUID) or the tenant's primary domain. Blank values are left
 * to @NotBlank.
 */
@Documented
@Constraint(validatedBy = DirectoryIdentifierValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DirectoryIdentifier {
  String message() default
      "Enter the customer's Entra tenant ID (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47)"
          + " or primary domain (such as contoso.onmicrosoft.com).";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
