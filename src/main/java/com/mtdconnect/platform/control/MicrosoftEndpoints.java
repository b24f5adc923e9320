package com.mtdconnect.platform.control;

/**
 * Where a Microsoft URL ({@code https://login.microsoftonline.com/...}, {@code
 * https://graph.microsoft.com/...}) is reached. The product reaches Microsoft at the published
 * address ({@link #PUBLISHED}); nothing in the production WAR answers otherwise, and no setting
 * changes it. The demo layer, which the production WAR does not contain, provides an alternative
 * bean that answers with the built-in simulator's address.
 */
@FunctionalInterface
public interface MicrosoftEndpoints {

  /** Microsoft's own, published endpoints: every URL is reached as it is. */
  MicrosoftEndpoints PUBLISHED = url -> url;

  /** The URL to send a request for {@code microsoftUrl} to. */
  String resolve(String microsoftUrl);
}
