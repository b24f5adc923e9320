package com.mtdconnect.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

/** Self-signed RSA certificates made at test time with the JDK's keytool (no BouncyCastle). */
public final class TestCertificates {

  /** A private key and its certificate. */
  public record KeyAndCertificate(PrivateKey key, X509Certificate certificate) {}

  private TestCertificates() {}

  public static KeyAndCertificate create(String commonName) {
    try {
      Path dir = Files.createTempDirectory("mtd-cert");
      Path store = dir.resolve("cert.p12");
      String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
      Process process =
          new ProcessBuilder(
                  keytool,
                  "-genkeypair",
                  "-alias",
                  "app",
                  "-keyalg",
                  "RSA",
                  "-keysize",
                  "2048",
                  "-dname",
                  "CN=" + commonName,
                  "-validity",
                  "2",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  store.toString(),
                  "-storepass",
                  "changeit",
                  "-keypass",
                  "changeit")
              .redirectErrorStream(true)
              .start();
      process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed");
      }
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keyStore.load(in, "changeit".toCharArray());
      }
      KeyAndCertificate result =
          new KeyAndCertificate(
              (PrivateKey) keyStore.getKey("app", "changeit".toCharArray()),
              (X509Certificate) keyStore.getCertificate("app"));
      Files.delete(store);
      Files.delete(dir);
      return result;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
