package com.mtdconnect.platform.control;

import jakarta.enterprise.context.ApplicationScoped;

/** The product's {@link MicrosoftEndpoints}: Microsoft's published endpoints, as they are. */
@ApplicationScoped
public class PublishedMicrosoftEndpoints implements MicrosoftEndpoints {

  @Override
  public String resolve(String microsoftUrl) {
    return microsoftUrl;
  }
}
