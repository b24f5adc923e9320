package com.mtdconnect.rbac.boundary;

import com.mtdconnect.identity.entity.DirectoryMember;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The assignment editor's directory search: the typed words, what was found, or why not. */
public class MemberPicker implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SIGN_IN_NAME = "[\\p{L}\\p{N}@._-]{1,100}";

  private String text;
  private List<DirectoryMember> results = List.of();
  private String problem;
  private boolean searched;

  void found(List<DirectoryMember> members) {
    results = List.copyOf(members);
    problem = null;
    searched = true;
  }

  void failed(String reason) {
    results = List.of();
    problem = reason;
    searched = true;
  }

  /** The typed words as a sign-in name, when they can be one. */
  Optional<String> typedUsername() {
    return Optional.ofNullable(text).map(String::trim).filter(t -> t.matches(SIGN_IN_NAME));
  }

  /**
   * Whether to offer adding the typed words as a sign-in name: the directory found nobody or could
   * not be read.
   */
  public boolean isOfferTyped() {
    return searched && typedUsername().isPresent() && (problem != null || results.isEmpty());
  }

  public String getTypedUsername() {
    return typedUsername().orElse("");
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<DirectoryMember> getResults() {
    return results;
  }

  /** Why the directory could not be searched, in plain words; null when it could. */
  public String getProblem() {
    return problem;
  }

  public boolean isSearched() {
    return searched;
  }
}
