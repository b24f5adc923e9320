package com.mtdconnect.rbac.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.identity.entity.DirectoryMember;
import com.mtdconnect.identity.entity.DirectoryMember.Kind;
import com.mtdconnect.identity.entity.DirectoryUnavailable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assignment editor's member picker, with the directory answering or failing. */
class AssignmentEditorPickerTest {

  private static final String GROUP = "5D0B1A4E-7F2C-4A8E-9B61-2C3D4E5F6A03";

  private static AssignmentEditor editor(MemberDirectory directory) {
    AssignmentEditor editor = new AssignmentEditor();
    editor.directory = directory;
    return editor;
  }

  @Test
  void membersFoundByNameAreAddedWithTheirNamesAndCanBeRemoved() {
    AssignmentEditor editor =
        editor(
            new MemberDirectory() {
              @Override
              public List<DirectoryMember> search(String text) {
                return List.of(
                    new DirectoryMember(Kind.STAFF, "operator", "Olivia Operator", "operator"),
                    new DirectoryMember(
                        Kind.GROUP, GROUP.toLowerCase(), "MSP Help Desk EMEA", "Staff group"));
              }
            });
    editor.getPicker().setText("o");
    editor.search();
    assertNull(editor.getPicker().getProblem());
    assertFalse(editor.getPicker().isOfferTyped(), "found something: nothing to type");
    editor.getPicker().getResults().forEach(editor::add);

    List<MemberRow> rows = editor.getMembers();
    assertEquals(
        List.of("Olivia Operator", "MSP Help Desk EMEA"),
        rows.stream().map(MemberRow::getLabel).toList());
    assertEquals(
        List.of("Staff member", "Entra group"), rows.stream().map(MemberRow::getKind).toList());
    assertTrue(rows.stream().noneMatch(MemberRow::isDoubtful));
    assertEquals("In the MSP's directory", rows.get(0).getStanding());
    assertEquals(List.of("operator"), editor.getDraft().staffMembers());
    assertEquals(List.of(GROUP.toLowerCase()), editor.getDraft().groupMembers());
    assertEquals("MSP Help Desk EMEA", editor.getDraft().nameOf(GROUP).orElseThrow());

    editor.remove("operator");
    assertEquals(List.of(), editor.getDraft().staffMembers());
    assertEquals(1, editor.getMembers().size());
  }

  @Test
  void aDirectoryThatCannotBeReadIsSaidInPlainWordsAndTheTypedNameIsOffered() {
    AssignmentEditor editor =
        editor(
            new MemberDirectory() {
              @Override
              public List<DirectoryMember> search(String text) {
                throw new DirectoryUnavailable(
                    "The MSP's directory in Microsoft Entra could not be read: Microsoft Graph did"
                        + " not answer in time.",
                    null);
              }
            });
    editor.getPicker().setText(" olivia@msp.example ");
    editor.search();
    String problem = editor.getPicker().getProblem();
    assertTrue(
        problem.startsWith("The MSP's directory in Microsoft Entra could not be read"), problem);
    assertTrue(problem.contains("The members listed below can still be saved"), problem);
    assertTrue(editor.getPicker().isOfferTyped());
    assertEquals("olivia@msp.example", editor.getPicker().getTypedUsername());
  }

  @Test
  void problemsWithTheScopeAreShownOnTheScopeFields() {
    assertEquals("editor:scopeTags", AssignmentEditor.fieldOf("assign.draft.scopeTags"));
    assertEquals("editor:scopeTags", AssignmentEditor.fieldOf("assign.draft.withScope"));
    assertEquals("editor:newScopeTag", AssignmentEditor.fieldOf("assign.draft.newScopeTag"));
    assertNull(AssignmentEditor.fieldOf("assign.draft.withMembers"), "members: a page message");
  }
}
