package com.mtdconnect.tenancy.entity;

import com.mtdconnect.rbac.entity.ValidScopeTags;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an operator types about a tenant, before it is registered or changed. It has no lifecycle:
 * the lifecycle is derived from facts ({@link TenantStatusRules}), never typed. Pages bind to it
 * (EL needs JavaBean properties) and the registry validates it again on the server.
 */
public class TenantDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Enter the customer's name as your staff know it.")
  @Size(max = 200, message = "Keep the name under 200 characters.")
  private String displayName;

  @NotBlank(message = "Enter the customer's Entra tenant ID or primary domain.")
  @DirectoryIdentifier
  private String directoryId;

  @NotBlank(message = "Enter the name of the customer's contact.")
  @Size(max = 200, message = "Keep the contact name under 200 characters.")
  private String contactName;

  @NotBlank(message = "Enter the contact's email address: consent links are sent there.")
  @Email(
      regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
      message = "Enter a valid email address, such as it-admin@contoso.com.")
  @Size(max = 254, message = "Keep the email address under 254 characters.")
  private String contactEmail;

  @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
  private String notes;

  @ValidScopeTags private String scopeTags;

  public static TenantDraft of(Tenant tenant) {
    TenantDraft draft = new TenantDraft();
    draft.displayName = tenant.getDisplayName();
    draft.directoryId = tenant.getTypedDirectoryName();
    draft.contactName = tenant.getContactName();
    draft.contactEmail = tenant.getContactEmail();
    draft.notes = tenant.getNotes();
    draft.scopeTags = String.join(", ", tenant.getScopeTagList());
    return draft;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getDirectoryId() {
    return directoryId;
  }

  public void setDirectoryId(String directoryId) {
    this.directoryId = directoryId;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  /** The scope tags as a list, for pickers. */
  public java.util.List<String> getScopeTagList() {
    return com.mtdconnect.rbac.entity.ScopeTags.parse(scopeTags);
  }

  public void setScopeTagList(java.util.List<String> tags) {
    this.scopeTags = tags == null ? "" : String.join(", ", tags);
  }

  public String getScopeTags() {
    return scopeTags;
  }

  public void setScopeTags(String scopeTags) {
    this.scopeTags = scopeTags;
  }
}
