-- Role and assignment events in the audit log are scoped like the role pages: the event keeps the scope tags of the
-- role or assignment it is about, and a reader sees it only when their Roles: Read scope reaches one of them (all
-- tenants reach every one). NULL: the event is not about a role or an assignment (sign-ins, refusals, exports, tenant
-- events). Empty: about an untagged role or an all-tenants assignment, seen only with Roles: Read on all tenants.
-- For a change the event keeps the tags the object carried both before and after, so that no reader sees a side
-- they could not see on the role pages.
ALTER TABLE audit_event ADD COLUMN role_scope_tags VARCHAR(1000) NULL;

-- Role events recorded before this change kept no tags: they count as untagged (role administrators on all tenants).
UPDATE audit_event SET role_scope_tags = '' WHERE object_type IN ('Role', 'RoleAssignment');
