package com.mtdconnect.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginCheckFilterTest {

  @Test
  void theSameSchemeHostAndPortIsTheSameOrigin() {
    assertTrue(OriginCheckFilter.sameOrigin("http://localhost:8080", "http://localhost:8080"));
    assertTrue(
        OriginCheckFilter.sameOrigin("https://MTD.example.com", "https://mtd.example.com:443"));
  }

  @Test
  void anyDifferenceMakesItAnotherOrigin() {
    assertFalse(OriginCheckFilter.sameOrigin("https://evil.example", "https://mtd.example.com"));
    assertFalse(OriginCheckFilter.sameOrigin("http://mtd.example.com", "https://mtd.example.com"));
    assertFalse(OriginCheckFilter.sameOrigin("http://localhost:8081", "http://localhost:8080"));
    assertFalse(OriginCheckFilter.sameOrigin("null", "http://localhost:8080"));
    assertFalse(OriginCheckFilter.sameOrigin("not a url", "http://localhost:8080"));
  }
}
