package com.mtdconnect.graph.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.groups.delta.DeltaGetResponse;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.kiota.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pager's own rules on the SDK's page models: what is followed, when it stops, what a walk
 * reports. Against the simulator through the real SDK: {@code GraphGatewayPagingTest}.
 */
class GraphPagesTest {

  private static final String SECOND = "https://graph.microsoft.com/v1.0/groups?$skiptoken=Zz%3D2";
  private static final String THIRD = "https://graph.microsoft.com/v1.0/groups?$skiptoken=Zz%3D4";

  private final List<String> followed = new ArrayList<>();

  private static Group group(String id) {
    Group g = new Group();
    g.setId(id);
    return g;
  }

  private static GroupCollectionResponse page(String next, String... ids) {
    GroupCollectionResponse page = new GroupCollectionResponse();
    page.setValue(List.of(ids).stream().map(GraphPagesTest::group).toList());
    page.setOdataNextLink(next);
    return page;
  }

  private GraphPages<GroupCollectionResponse, Group> threePages() {
    Map<String, GroupCollectionResponse> pages =
        Map.of(SECOND, page(THIRD, "c", "d"), THIRD, page(null, "e"));
    return GraphPages.of(
        GroupCollectionResponse::getValue,
        link -> {
          followed.add(link);
          return pages.get(link);
        });
  }

  @Test
  void everyItemOfEveryPageArrivesInOrderAndEachNextLinkIsFollowedVerbatimOnce() {
    List<String> ids = new ArrayList<>();
    GraphPages.Walk<GroupCollectionResponse> walk =
        threePages().forEach(page(SECOND, "a", "b"), g -> ids.add(g.getId()));
    assertEquals(List.of("a", "b", "c", "d", "e"), ids);
    assertEquals(List.of(SECOND, THIRD), followed);
    assertEquals(3, walk.pages());
    assertEquals("e", walk.lastPage().orElseThrow().getValue().get(0).getId());
  }

  @Test
  void noFurtherPageIsFetchedOnceTheConsumerHasEnough() {
    List<String> ids = new ArrayList<>();
    GraphPages.Walk<GroupCollectionResponse> walk =
        threePages()
            .forEachWhile(
                page(SECOND, "a", "b"),
                g -> {
                  ids.add(g.getId());
                  return ids.size() < 3;
                });
    assertEquals(List.of("a", "b", "c"), ids);
    assertEquals(List.of(SECOND), followed);
    assertEquals(2, walk.pages());
  }

  @Test
  void aSinglePageIsReadWithoutFollowingAnything() {
    List<String> ids = new ArrayList<>();
    GraphPages.Walk<GroupCollectionResponse> walk =
        threePages().forEach(page(null, "only"), g -> ids.add(g.getId()));
    assertEquals(List.of("only"), ids);
    assertTrue(followed.isEmpty());
    assertEquals(1, walk.pages());
  }

  @Test
  void aDeltaRoundEndsOnThePageThatCarriesTheNextRoundsLink() {
    DeltaGetResponse first = new DeltaGetResponse();
    first.setValue(List.of(group("a")));
    first.setOdataNextLink(SECOND);
    DeltaGetResponse last = new DeltaGetResponse();
    last.setValue(List.of(group("b")));
    last.setOdataDeltaLink("https://graph.microsoft.com/v1.0/groups/delta()?$deltatoken=xyz");
    List<String> ids = new ArrayList<>();
    GraphPages.Walk<DeltaGetResponse> walk =
        GraphPages.<DeltaGetResponse, Group>ofDelta(
                DeltaGetResponse::getValue, link -> link.equals(SECOND) ? last : null)
            .forEach(first, g -> ids.add(g.getId()));
    assertEquals(List.of("a", "b"), ids);
    assertEquals(2, walk.pages());
    assertEquals(
        "https://graph.microsoft.com/v1.0/groups/delta()?$deltatoken=xyz",
        walk.lastPage().orElseThrow().getOdataDeltaLink());
  }

  @Test
  void aFailureOnALaterPageReachesTheCallerUnchangedAfterTheEarlierItems() {
    ApiException throttled = new ApiException("429 on the second page");
    List<String> ids = new ArrayList<>();
    GraphPages<GroupCollectionResponse, Group> failing =
        GraphPages.of(
            GroupCollectionResponse::getValue,
            link -> {
              throw throttled;
            });
    ApiException thrown =
        assertThrows(
            ApiException.class,
            () -> failing.forEach(page(SECOND, "a", "b"), g -> ids.add(g.getId())));
    assertSame(throttled, thrown);
    assertEquals(List.of("a", "b"), ids);
  }

  @Test
  void pagesWithoutABodyOrWithoutValuesEndOrAddNothing() {
    GraphPages.Walk<GroupCollectionResponse> none =
        threePages().forEach(null, g -> followed.add("item " + g.getId()));
    assertEquals(Optional.empty(), none.lastPage());
    assertEquals(0, none.pages());

    GroupCollectionResponse empty = new GroupCollectionResponse();
    empty.setOdataNextLink(SECOND);
    List<String> ids = new ArrayList<>();
    GraphPages.Walk<GroupCollectionResponse> walk =
        GraphPages.of(GroupCollectionResponse::getValue, link -> null)
            .forEach(empty, g -> ids.add(g.getId()));
    assertTrue(ids.isEmpty());
    assertEquals(1, walk.pages());
    assertTrue(followed.isEmpty());
  }
}
