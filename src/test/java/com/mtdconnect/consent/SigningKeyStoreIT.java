package com.mtdconnect.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.control.SigningKeyStore;
import com.mtdconnect.platform.control.PortalDataSource;
import com.mtdconnect.platform.control.SecretBox;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The link signing key inside the server, against the real MariaDB: a key an older version stored
 * in plain text is encrypted in place the first time it is read, and stays the same key.
 */
@PortalIT
class SigningKeyStoreIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTests(SigningKeyStoreIT.class);
  }

  @Test
  void aKeyStoredInPlainTextByAnOlderVersionIsEncryptedInPlaceAndStaysTheSameKey()
      throws Exception {
    SigningKeyStore store = CDI.current().select(SigningKeyStore.class).get();
    String key = store.storedKey(); // generated and sealed on first use
    assertTrue(SecretBox.isSealed(stored()), "stored encrypted from the start");

    DataSource database = (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
    try (Connection c = database.getConnection();
        PreparedStatement plain =
            c.prepareStatement("UPDATE consent_signing_key SET secret = ? WHERE id = 1")) {
      plain.setString(1, key); // as a version before the encryption kept it
      assertEquals(1, plain.executeUpdate());
    }
    assertEquals(key, stored());

    assertEquals(key, store.storedKey(), "the plain key is still the key");
    String resealed = stored();
    assertTrue(SecretBox.isSealed(resealed), "encrypted in place: " + resealed.length() + " chars");
    assertFalse(resealed.contains(key), "the key no longer appears in the row");
    assertEquals(key, store.storedKey(), "and opens to the same key");
    assertEquals(resealed, stored(), "sealed once, not again on every read");
  }

  private static String stored() throws Exception {
    DataSource database = (DataSource) new InitialContext().lookup(PortalDataSource.JNDI_NAME);
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT secret FROM consent_signing_key WHERE id = 1");
        ResultSet r = s.executeQuery()) {
      assertTrue(r.next(), "the key row exists");
      return r.getString(1);
    }
  }
}
