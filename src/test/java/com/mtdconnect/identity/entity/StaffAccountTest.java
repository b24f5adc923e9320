package com.mtdconnect.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);

  @Test
  void theFirstSignInWithAnObjectIdBindsTheAccountToIt() {
    StaffAccount account = new StaffAccount("olivia@msp.example", "Olivia", NOW);
    EntraIdentity olivia = EntraIdentity.of("oid-olivia", "tid-msp");
    assertEquals(Optional.empty(), account.refusalFor(olivia));
    account.signedIn("Olivia", Set.of(), olivia, NOW);

    assertEquals(Optional.of("oid-olivia"), account.entraObjectId());
    assertEquals(Optional.empty(), account.refusalFor(EntraIdentity.of("OID-OLIVIA", "tid-msp")));
  }

  @Test
  void anotherEntraUserWithTheSameSignInNameIsRefused() {
    StaffAccount account = new StaffAccount("olivia@msp.example", "Olivia", NOW);
    account.signedIn("Olivia", Set.of(), EntraIdentity.of("oid-olivia", "tid-msp"), NOW);

    Optional<SignInProblem> reassigned = Optional.of(SignInProblem.ACCOUNT_REASSIGNED);
    assertEquals(reassigned, account.refusalFor(EntraIdentity.of("oid-newcomer", "tid-msp")));
    assertEquals(reassigned, account.refusalFor(EntraIdentity.of("oid-olivia", "tid-other")));
    assertEquals(reassigned, account.refusalFor(EntraIdentity.UNKNOWN), "a token without oid");
  }

  @Test
  void anAccountWithoutObjectIdIsBoundByItsNextSignInThatHasOne() {
    StaffAccount account = new StaffAccount("olivia@msp.example", "Olivia", NOW);
    account.signedIn("Olivia", Set.of(), EntraIdentity.UNKNOWN, NOW);
    assertEquals(Optional.empty(), account.entraObjectId());

    account.signedIn("Olivia", Set.of(), EntraIdentity.of("oid-olivia", null), NOW);
    assertEquals(Optional.of("oid-olivia"), account.entraObjectId());
    account.signedIn("Olivia", Set.of(), EntraIdentity.of("oid-later", null), NOW);
    assertEquals(Optional.of("oid-olivia"), account.entraObjectId(), "bound once, for good");
  }
}
