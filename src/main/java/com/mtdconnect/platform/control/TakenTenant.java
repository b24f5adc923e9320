package com.mtdconnect.platform.control;

import com.mtdconnect.platform.entity.RunActor;

/** A tenant a lane took from a background run: which run, which tenant, acting for whom. */
public interface TakenTenant {

  long runId();

  long tenantId();

  /** Who the tenant's work acts for. */
  RunActor actor();
}
