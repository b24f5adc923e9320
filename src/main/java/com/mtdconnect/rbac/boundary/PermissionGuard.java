package com.mtdconnect.rbac.boundary;

import com.mtdconnect.rbac.control.ScopedTenants;
import com.mtdconnect.rbac.entity.Permission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The one server-side gate of every use case: before a {@link Requires} method runs, the caller
 * must hold the permission, for the {@link TenantId} tenant if the method names one. A tenant the
 * caller may not read at all is "not found" (404, its id reveals nothing); one they may read but
 * not act on is "not allowed" (403). Every refusal is recorded by {@link StaffAccess}.
 *
 * <p>It runs inside the use case's transaction (after the transaction interceptor), so the tenant
 * it loads is the one the method then works on.
 */
@Requires // the permissions are @Nonbinding: this guard serves every @Requires
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PermissionGuard {
  @Inject StaffAccess access;
  @Inject ScopedTenants tenants;

  @AroundInvoke
  public Object check(InvocationContext call) throws Exception {
    List<Permission> anyOf = required(call.getMethod());
    OptionalLong tenant = tenantArgument(call);
    if (tenant.isPresent()) {
      requireOnTenant(anyOf, tenant.getAsLong());
    } else if (anyOf.isEmpty()) {
      access.requireSignedIn();
    } else {
      access.requireAny(anyOf);
    }
    return call.proceed();
  }

  private void requireOnTenant(List<Permission> anyOf, long tenantId) {
    if (anyOf.isEmpty()) {
      throw new IllegalStateException("A use case on one tenant names its permission");
    }
    Permission permission;
    List<String> tags;
    if (anyOf.size() == 1) {
      permission = anyOf.get(0);
      access.require(permission);
      tags = tenants.tagsOf(tenantId);
    } else {
      // any one of them on this tenant: the first the caller holds there, else the first held
      access.requireAny(anyOf);
      tags = tenants.tagsOf(tenantId);
      List<Permission> held = anyOf.stream().filter(access::may).toList();
      permission = held.stream().filter(p -> access.mayOn(p, tags)).findFirst().orElse(held.get(0));
    }
    if (!access.mayOn(Permission.TENANTS_READ, tags)) {
      access.refusedOutOfScope(Permission.TENANTS_READ, tenantId);
      throw tenants.notFound(tenantId);
    }
    access.requireOn(permission, tenantId, tags);
  }

  /** The permissions of the method's {@link Requires}, or else its class's. */
  static List<Permission> required(Method method) {
    Requires requires = method.getAnnotation(Requires.class);
    if (requires == null) {
      requires = method.getDeclaringClass().getAnnotation(Requires.class);
    }
    if (requires == null) {
      throw new IllegalStateException("No @Requires on " + method);
    }
    return Arrays.asList(requires.value());
  }

  private static OptionalLong tenantArgument(InvocationContext call) {
    Parameter[] parameters = call.getMethod().getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].isAnnotationPresent(TenantId.class)) {
        return OptionalLong.of(((Number) call.getParameters()[i]).longValue());
      }
    }
    return OptionalLong.empty();
  }
}
