package com.mtdconnect.rbac.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Comma-separated scope tags that {@link ScopeTags} accepts. */
@Documented
@Constraint(validatedBy = ValidScopeTags.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidScopeTags {
  String message() default "Scope tags are not valid.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports the exact problem {@link ScopeTags#problemWith(String)} found. */
  class Validator implements ConstraintValidator<ValidScopeTags, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      String problem = ScopeTags.problemWith(value);
      if (problem.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      // the message quotes user input: keep only characters that message interpolation cannot
      // evaluate
      String template = problem.replaceAll("[^\\p{L}\\p{N} _.,:;!?\"'()-]", "?");
      context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
      return false;
    }
  }
}
