package com.mtdconnect.rbac.entity;

import com.mtdconnect.platform.entity.ProblemForUser;

/**
 * An assignment picks a scope tag that exists nowhere (on no tenant, role or assignment): a tag is
 * picked from those that exist, and only a new tag, added as such, may be new.
 */
public class UnknownScopeTag extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  public UnknownScopeTag(String tag) {
    super(
        "The scope tag \""
            + tag
            + "\" does not exist: pick one of the listed tags (a role administrator on all tenants"
            + " can add a new one).");
  }
}
