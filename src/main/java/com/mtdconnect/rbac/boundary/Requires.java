package com.mtdconnect.rbac.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.mtdconnect.rbac.entity.Permission;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The permission a use case needs, checked by {@link PermissionGuard} before the method runs: the
 * caller must hold one of the listed permissions (for some tenants; with a {@link TenantId}
 * parameter, for that tenant). An empty list means any signed-in staff member.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Requires {
  @Nonbinding
  Permission[] value() default {};
}
