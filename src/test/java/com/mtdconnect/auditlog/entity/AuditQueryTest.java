package com.mtdconnect.auditlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditQueryTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 19, 0);

  @Test
  void aPresetReachesBackFromNowWithoutAnEnd() {
    AuditQuery query = new AuditQuery();
    query.setPeriod(AuditPeriod.LAST_24_HOURS);
    assertEquals(Optional.of(NOW.minusHours(24)), query.earliestAt(NOW));
    assertEquals(Optional.empty(), query.latest());
    query.setPeriod(AuditPeriod.LAST_HOUR);
    assertEquals(Optional.of(NOW.minusHours(1)), query.earliestAt(NOW));
    query.setPeriod(AuditPeriod.LAST_7_DAYS);
    assertEquals(Optional.of(NOW.minusDays(7)), query.earliestAt(NOW));
    query.setPeriod(AuditPeriod.LAST_30_DAYS);
    assertEquals(Optional.of(NOW.minusDays(30)), query.earliestAt(NOW));
  }

  @Test
  void theCustomRangeIsTheTimesSet() {
    AuditQuery query = new AuditQuery();
    query.setPeriod(AuditPeriod.CUSTOM);
    query.setFrom(NOW.minusDays(3));
    query.setTo(NOW.minusDays(1));
    assertEquals(Optional.of(NOW.minusDays(3)), query.earliestAt(NOW));
    assertEquals(Optional.of(NOW.minusDays(1)), query.latest());
  }

  @Test
  void choosingAPresetOrAnyTimeDropsACustomRange() {
    AuditQuery query = new AuditQuery();
    query.setPeriod(AuditPeriod.CUSTOM);
    query.setFrom(NOW.minusDays(3));
    query.setPeriod(null);
    assertNull(query.getFrom());
    assertEquals(Optional.empty(), query.earliestAt(NOW), "any time");
  }

  @Test
  void withoutAPresetTheTimesSetApply() {
    AuditQuery query = new AuditQuery();
    query.setFrom(NOW.minusDays(2));
    assertEquals(Optional.of(NOW.minusDays(2)), query.earliestAt(NOW));
  }
}
