package com.mtdconnect.provisioning.control;

import com.mtdconnect.provisioning.entity.Platform;
import java.util.Map;

/**
 * The app configuration keys another component published into a tenant's app configuration of our
 * app (the mobile security policy's keys): provisioning lays them over the catalogue's, so that
 * planning and applying again keep them instead of undoing them. Implemented by the policies
 * component (found by CDI; provisioning never names it).
 */
public interface PublishedAppSettings {

  /** Key → value the tenant's app configuration for the platform holds beyond the catalogue. */
  Map<String, String> of(long tenantId, Platform platform);
}
