package com.mtdconnect.polling.entity;

/**
 * What one kind did in a round.
 *
 * @param changes how many stored facts changed (members added or removed, install states moved)
 * @param summary one plain sentence for the job history ("3 devices came into scope")
 */
public record KindResult(int changes, String summary) {

  public static KindResult unchanged(String summary) {
    return new KindResult(0, summary);
  }
}
