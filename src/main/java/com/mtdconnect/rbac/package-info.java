/**
 * RBAC: who may do what to which customer tenants, the way Intune does it. A role is a set of
 * permissions (category × action); six roles are built in and read-only, custom roles hold any
 * permissions. A role assignment gives one role to members (staff usernames, or Entra group ids
 * from the sign-in token) for a scope: scope tags (a tenant carrying any of them is covered) or
 * explicitly all tenants.
 *
 * <p>Design decisions a newcomer must know:
 *
 * <ul>
 *   <li>Permissions add up across assignments, and each assignment's permissions reach only its own
 *       tenants ({@link com.mtdconnect.rbac.control.EffectivePermissions}); a user sees exactly the
 *       tenants in the union of the scopes of the assignments that grant Read.
 *   <li>Enforcement is on the server and central: every public method of a use-case facade names
 *       its permission with {@link com.mtdconnect.rbac.boundary.Requires} (and the tenant it acts
 *       on with {@link com.mtdconnect.rbac.boundary.TenantId}); the {@link
 *       com.mtdconnect.rbac.boundary.PermissionGuard} interceptor checks it before the method runs,
 *       through {@link com.mtdconnect.rbac.boundary.StaffAccess}, which reads the caller's
 *       assignments once per request (no cache across requests, so changes count at the next
 *       request without signing in again). {@code BoundaryGuardTest} fails for a facade method with
 *       neither {@code @Requires} nor a reasoned {@code @Unguarded} (platform). Tenant queries
 *       carry the scope as a Criteria predicate ({@link
 *       com.mtdconnect.rbac.control.ScopePredicates}); an out-of-scope tenant is "not found" (404)
 *       for reading and "not allowed" (403) for changes it may read but not change. Refusals are
 *       recorded in the audit log.
 *   <li>Who is signed in is the identity component's answer; what they may do is only this
 *       component's. rbac sits below the business components: it knows tenants only through {@link
 *       com.mtdconnect.rbac.control.ScopedTenants} (their scope tags), which the tenancy component
 *       implements, so tenancy depends on rbac and never the reverse. Scope tags themselves ({@link
 *       com.mtdconnect.rbac.entity.ScopeTags}) are RBAC's, as in Intune.
 *   <li>Scope tags also limit role administration, as in Intune: custom roles carry scope tags, and
 *       the Roles permissions of an assignment reach the roles and assignments sharing its tags
 *       (changes must lie wholly within them); built-in roles are seen by all. See {@link
 *       com.mtdconnect.rbac.boundary.RoleAdministration}.
 *   <li>Built-in roles are defined in code ({@link com.mtdconnect.rbac.entity.BuiltInRole}); the
 *       migration creates their rows and every start sets their stored permissions to the code's.
 * </ul>
 */
package com.mtdconnect.rbac;
