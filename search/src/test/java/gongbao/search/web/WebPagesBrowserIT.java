package gongbao.search.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongbao.ingest.index.ArticleIndexWriter;
import gongbao.ingest.index.IngestReport;
import gongbao.search.PageUploads;
import gongbao.search.Searcher;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real headless Chromium, over a hand-made archive with regions, unions and topics:
 * search, facets chosen and removed, an article, a tag followed, a trend, a phone's width, and an
 * article full of markup that must stay text. Screenshots are saved under target/screenshots/.
 */
class WebPagesBrowserIT {

  @TempDir static Path indexDir;
  static ArticleIndexWriter writer;
  static Searcher searcher;
  /** Set (to anything) where the browser tests must run: {@code .ci/run} sets it. */
  private static final String REQUIRE_CHROMIUM = "GONGBAO_REQUIRE_CHROMIUM";

  static Javalin server;
  static String base;
  HeadlessChromium browser;

  @BeforeAll
  static void startServer() throws Exception {
    String missing = "Chromium and chromedriver are not installed in /usr/bin";
    if (System.getenv(REQUIRE_CHROMIUM) != null) { // CI sets it: there a missing browser fails rather than skips
      assertTrue(HeadlessChromium.isInstalled(), missing);
    }
    Assumptions.assumeTrue(HeadlessChromium.isInstalled(), missing);
    writer = new ArticleIndexWriter(indexDir.resolve("index"));
    FixtureArchive.write(writer);
    searcher = Searcher.nearRealTime(writer, Searcher.DEFAULT_TIMEOUT_MILLIS);
    IngestReport upload = new PageUploads(indexDir.resolve("uploads"), writer, searcher).ingest("hostile", "<b>恶意</b>报",
        LocalDate.of(2024, 5, 1), List.of(new PageUploads.Upload("page01.txt", FixtureArchive.HOSTILE_PAGE.getBytes(StandardCharsets.UTF_8))));
    assertTrue(upload.failures().isEmpty(), upload.toTable());
    server = new GongbaoApp(searcher).javalin().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (searcher != null) {
      searcher.close();
    }
    if (writer != null) {
      writer.close();
    }
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new HeadlessChromium();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  private void open(String pathAndQuery) {
    browser.driver.get(base + pathAndQuery);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private List<WebElement> all(String css) {
    return browser.driver.findElements(By.cssSelector(css));
  }

  private WebElement one(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private long total() {
    return Long.parseLong(one(".summary .total strong").getText());
  }

  @Test
  void a_search_typed_in_the_box_shows_marked_results_with_tags_and_facets() throws Exception {
    open("/");
    browser.screenshot("search-start");
    WebElement box = one("input#q");
    assertEquals("检索词", one("label[for=q]").getAttribute("textContent"));
    box.sendKeys("骑手驿站", Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("q="));
    assertEquals(3, total());
    WebElement first = one(".hits .hit");
    assertEquals("慈溪：骑手驿站开到家门口", first.findElement(By.cssSelector(".hit-title")).getText());
    assertFalse(first.findElements(By.cssSelector(".snippet mark")).isEmpty());
    String meta = first.findElement(By.cssSelector(".meta")).getText();
    assertTrue(meta.matches("(?s).*工人日报.*2023年5月1[01]日.*第0[12]版.*张文.*共 2 处刊载.*"), meta);
    List<String> tags = first.findElements(By.cssSelector(".tags a")).stream().map(WebElement::getText).toList();
    assertTrue(tags.containsAll(List.of("新就业形态", "服务阵地", "慈溪市", "慈溪市总工会")), tags.toString());
    List<String> facetNames = all(".facet > summary").stream().map(WebElement::getText).toList();
    assertTrue(facetNames.containsAll(List.of("地区", "年份", "报刊", "主题", "工会")), facetNames.toString());
    browser.screenshot("search-results");
  }

  @Test
  void choosing_a_region_in_the_tree_narrows_the_results_and_removing_it_restores_them() throws Exception {
    open("/?q=" + q("驿站"));
    long unfiltered = total();
    browser.script("window.gongbaoPageMarker = 'kept';");
    WebElement zhejiang = one(".region-tree > li > details > summary");
    zhejiang.click();
    WebElement ningbo = browser.waitFor(d -> d.findElement(By.xpath(
        "//ul[contains(@class,'region-tree')]//details[@open]//a[contains(@class,'facet-value')][span[@class='name' and text()='宁波市']]")));
    String ningboCount = ningbo.findElement(By.cssSelector(".count")).getText();
    ningbo.click();
    browser.waitFor(d -> d.getCurrentUrl().contains("region=" + q("浙江省/宁波市")));
    browser.waitFor(d -> !d.findElements(By.cssSelector(".chosen .chip")).isEmpty());
    assertEquals(Long.parseLong(ningboCount), total());
    assertTrue(total() < unfiltered);
    assertEquals("kept", browser.script("return window.gongbaoPageMarker"), "the facet was applied without reloading the page");
    assertEquals("地区：浙江省/宁波市×（移除）", one(".chosen .chip").getText().replace("\n", ""));
    for (WebElement hit : all(".hits .hit")) {
      List<String> regionTitles = hit.findElements(By.cssSelector(".tag.region")).stream().map(t -> t.getAttribute("title")).toList();
      assertTrue(regionTitles.stream().anyMatch(t -> t.startsWith("地区：浙江省/宁波市")), regionTitles.toString());
    }
    browser.screenshot("search-region-chosen");

    WebElement cixi = one(".region-tree a.facet-value.chosen + details a.facet-value");
    assertEquals("慈溪市", cixi.findElement(By.cssSelector(".name")).getText());
    String cixiCount = cixi.findElement(By.cssSelector(".count")).getText();
    cixi.click();
    browser.waitFor(d -> d.getCurrentUrl().contains(q("浙江省/宁波市/慈溪市")));
    assertEquals(1, all(".chosen .chip").size(), "the county replaces the city it lies in");
    assertEquals(Long.parseLong(cixiCount), total());

    one(".chosen .chip").click();
    browser.waitFor(d -> d.findElements(By.cssSelector(".chosen .chip")).isEmpty());
    assertEquals(unfiltered, total());
    assertFalse(browser.driver.getCurrentUrl().contains("region="));
  }

  @Test
  void the_keyboard_reaches_the_skip_link_first_and_chooses_a_facet_with_enter() throws Exception {
    open("/?q=" + q("驿站"));
    one("body").sendKeys(Keys.TAB);
    WebElement skip = browser.driver.switchTo().activeElement();
    assertEquals("跳到正文", skip.getText());
    assertEquals("solid", skip.getCssValue("outline-style"), "the focused link shows a focus ring");
    long unfiltered = total();
    WebElement paper = one(".facet[data-dimension=paper] a.facet-value");
    String paperName = paper.findElement(By.cssSelector(".name")).getText();
    browser.script("arguments[0].focus()", paper);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("paper="));
    browser.waitFor(d -> !d.findElements(By.cssSelector(".chosen .chip")).isEmpty());
    assertTrue(total() < unfiltered);
    WebElement focused = browser.driver.switchTo().activeElement();
    assertEquals(paperName, focused.findElement(By.cssSelector(".name")).getText(), "focus stays on the value just chosen");
    assertEquals("true", focused.getAttribute("aria-current"));
    assertEquals("共 " + total() + " 篇", one("#announcer").getAttribute("textContent"),
        "a screen reader hears the new count, since focus stays on the facet");
  }

  @Test
  void facet_links_work_as_plain_links_without_javascript() {
    open("/?q=" + q("驿站"));
    long unfiltered = total();
    String paperLink = one(".facet[data-dimension=paper] a.facet-value").getAttribute("href");
    browser.driver.get(paperLink);
    assertTrue(total() < unfiltered);
    assertEquals(1, all(".facet[data-dimension=paper] a.facet-value.chosen").size());
    browser.driver.get(one(".facet[data-dimension=paper] a.facet-value.chosen").getAttribute("href"));
    assertEquals(unfiltered, total());
  }

  @Test
  void opening_a_result_shows_the_article_with_its_citation_and_other_printing() throws Exception {
    open("/?q=" + q("骑手驿站") + "&sort=oldest");
    one(".hits .hit .hit-title a").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/articles/"));
    assertEquals("慈溪：骑手驿站开到家门口", one("h1").getText());
    assertEquals("关注新就业形态劳动者", one(".headline .kicker").getText());
    assertEquals("十二个驿站覆盖全城商圈", one(".headline .subtitle").getText());
    assertTrue(one(".headline .meta").getText().contains("2023年5月10日"));
    assertEquals("记者 张文\n通讯员 李明", one(".byline").getText());
    assertEquals("驿站怎么建", one(".body h2.subhead").getText());
    assertTrue(one(".reading-tip").getText().contains("驿站是工会服务新就业形态劳动者的阵地"));
    assertEquals("张文, 李明. 慈溪：骑手驿站开到家门口[N]. 工人日报, 2023-05-10(01).", one("#citation-text").getText());
    WebElement reprints = one(".related");
    assertTrue(reprints.getText().contains("其他刊载"));
    assertTrue(reprints.getText().contains("浙江工人日报"), reprints.getText());
    browser.screenshot("article");
  }

  @Test
  void following_a_topic_tag_on_an_article_lists_the_articles_of_that_topic() throws Exception {
    open("/articles/" + FixtureArchive.RIDER_STATION_ID);
    browser.driver.findElement(By.xpath("//section[contains(@class,'article-tags')]//a[text()='新就业形态']")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("topic=new-forms"));
    assertEquals(3, total());
    assertEquals("主题：新就业形态×（移除）", one(".chosen .chip").getText().replace("\n", ""));
    for (WebElement hit : all(".hits .hit")) {
      assertTrue(hit.findElements(By.cssSelector(".tag.topic")).stream().anyMatch(t -> t.getText().equals("新就业形态")));
    }
    browser.screenshot("tag-followed");
  }

  @Test
  void the_trends_page_draws_one_line_per_region_with_the_same_numbers_in_its_table() throws Exception {
    open("/trends?q=" + q("驿站") + "&by=region");
    List<WebElement> lines = all("svg.chart polyline");
    List<WebElement> rows = all(".trend-table tbody tr");
    List<String> columns = all(".trend-table thead th").stream().map(WebElement::getText).toList();
    assertEquals(columns.size() - 2, lines.size(), columns.toString());
    assertTrue(columns.containsAll(List.of("浙江省", "江苏省", "西藏自治区")), columns.toString());
    assertEquals(List.of("2019", "2020", "2021", "2022", "2023", "2024"),
        rows.stream().map(r -> r.findElement(By.cssSelector("th")).getText()).toList());
    String zhejiang2023 = rows.get(4).findElements(By.cssSelector("td")).get(columns.indexOf("浙江省") - 1).getText();
    List<String> pointTitles = all("svg.chart circle title").stream().map(t -> t.getAttribute("textContent")).toList();
    assertTrue(pointTitles.contains("浙江省 2023：" + zhejiang2023), pointTitles.toString());
    assertTrue(one("a[download]").getAttribute("href").contains("/trends.csv?"));
    browser.screenshot("trends-by-region");

    new org.openqa.selenium.support.ui.Select(one("select#trend-measure")).selectByValue("share");
    one(".trend-form button").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("measure=share"));
    assertTrue(one(".trend-table tbody td").getText().endsWith("%"));

    open("/trends?q=" + q("驿站") + "&interval=month");
    int months = all(".trend-table tbody tr").size();
    assertEquals(months, all("svg.chart circle").size(), "one point per month of the single series");
    assertTrue(all(".trend-table tbody th").get(0).getText().matches("\\d{4}-\\d{2}"));
    browser.screenshot("trends-by-month");
  }

  @Test
  void the_back_button_returns_to_the_results_before_a_facet_was_chosen() {
    open("/?q=" + q("驿站"));
    long unfiltered = total();
    one(".facet[data-dimension=topic] a.facet-value").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("topic="));
    browser.waitFor(d -> !d.findElements(By.cssSelector(".chosen .chip")).isEmpty());
    browser.driver.navigate().back();
    browser.waitFor(d -> !d.getCurrentUrl().contains("topic="));
    browser.waitFor(d -> d.findElements(By.cssSelector(".chosen .chip")).isEmpty());
    assertEquals(unfiltered, total());
  }

  @Test
  void at_a_phone_width_the_pages_fit_the_screen_and_stay_usable() throws Exception {
    browser.driver.manage().window().setSize(HeadlessChromium.PHONE);
    open("/");
    one("input#q").sendKeys("驿站", Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("q="));
    assertNoSidewaysScrolling();
    assertTrue(one("input#q").getSize().width > 200, "the search box is wide enough to type in");
    assertTrue(one(".hits .hit").getLocation().y < one(".facets").getLocation().y, "results come before the facets on a phone");
    browser.screenshotOfScreen("phone-search-first-screen");
    browser.screenshot("phone-search");
    one(".pager a[aria-current=page]");
    browser.driver.findElement(By.linkText("2")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("page=2"));
    assertNoSidewaysScrolling();
    open("/articles/" + FixtureArchive.RIDER_STATION_ID);
    assertNoSidewaysScrolling();
    browser.screenshotOfScreen("phone-article-first-screen");
    browser.screenshot("phone-article");
    open("/trends?q=" + q("驿站") + "&by=topic");
    assertNoSidewaysScrolling();
    browser.screenshot("phone-trends");
  }

  /** Every kind of page, as a visitor reaches it, on a desktop and a phone, audited by axe-core. */
  @Test
  void every_page_passes_the_accessibility_audit() throws Exception {
    List<String> pages = List.of("/", "/?q=" + q("驿站"), "/?q=" + q("驿站") + "&region=" + q("浙江省") + "&page=2",
        "/?q=" + q("\"驿站骑手\""), "/?q=" + q("(驿站"), "/?q=" + q("驿站") + "&page=999",
        "/articles/" + FixtureArchive.RIDER_STATION_ID, "/articles/" + FixtureArchive.HOSTILE_ID,
        "/trends?q=" + q("驿站") + "&by=region", "/trends?q=" + q("驿站") + "&interval=month&measure=share",
        "/about", "/check", "/articles/none:2024-01-01:01:1", "/no-such-page");
    List<String> found = new ArrayList<>();
    for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
      browser.driver.manage().window().setSize(size);
      for (String page : pages) {
        open(page);
        AxeAudit.violations(browser).forEach(violation -> found.add(size.width + "px " + page + ": " + violation));
      }
    }
    open("/check");
    one("textarea#check-text").sendKeys("本报讯 慈溪市总工会在城区新建十二个骑手驿站，外卖骑手可以在驿站歇脚。");
    one(".check-form button").click();
    browser.waitFor(d -> !d.findElements(By.cssSelector(".check-results")).isEmpty());
    AxeAudit.violations(browser).forEach(violation -> found.add("a draft checked: " + violation));
    open("/?q=" + q("驿站"));
    one(".region-tree > li > details > summary").click();
    one(".facet[data-dimension=topic] a.facet-value").click();
    browser.waitFor(d -> !d.findElements(By.cssSelector(".chosen .chip")).isEmpty());
    AxeAudit.violations(browser).forEach(violation -> found.add("after a facet swapped in place: " + violation));
    assertTrue(found.isEmpty(), found.size() + " violations:\n" + String.join("\n", found));
  }

  @Test
  void an_editor_pastes_a_draft_and_sees_the_printing_that_ran_it_first() throws Exception {
    browser.driver.manage().window().setSize(HeadlessChromium.PHONE);
    open("/");
    browser.driver.findElement(By.linkText("查重")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/check"));
    one("textarea#check-text").sendKeys("本报讯：慈溪市总工会在城区新建十二个骑手驿站。外卖骑手可以在驿站歇脚、充电、喝水！");
    one(".check-form button").click();
    browser.waitFor(d -> !d.findElements(By.cssSelector(".check-results")).isEmpty());
    assertEquals("有 2 篇文章刊登过这篇稿件一半以上的文字。", one(".check-summary").getText());
    WebElement first = one(".check-results .hits li");
    assertEquals("慈溪：骑手驿站开到家门口", first.findElement(By.cssSelector(".hit-title")).getText());
    assertTrue(first.findElement(By.cssSelector(".overlap")).getText().startsWith("文字重合 100.0%"));
    assertNoSidewaysScrolling();
    browser.screenshot("phone-draft-check");
  }

  private void assertNoSidewaysScrolling() {
    Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertEquals(0L, overflow, "the page scrolls sideways at " + browser.driver.getCurrentUrl());
  }

  @Test
  void markup_in_an_article_is_shown_as_text_and_never_runs() throws Exception {
    String originalTitle;
    open("/?q=" + FixtureArchive.HOSTILE_WORD);
    originalTitle = browser.driver.getTitle();
    WebElement hit = one(".hits .hit");
    assertEquals(FixtureArchive.HOSTILE_TITLE, hit.findElement(By.cssSelector(".hit-title")).getText());
    assertTrue(hit.findElements(By.cssSelector(".hit-title b, img, script, svg")).isEmpty());
    assertNothingRan(originalTitle);
    browser.screenshot("hostile-search");

    hit.findElement(By.cssSelector(".hit-title a")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/articles/"));
    assertEquals(FixtureArchive.HOSTILE_TITLE, one("h1").getText());
    assertTrue(one(".body").getText().contains("<a href=\"javascript:window.pwned=4\">点我</a><iframe src=\"/about\"></iframe>"));
    assertEquals(0, all("main img, main iframe, main b, main i, main u, main em, main style, main svg:not(.chart)").size());
    assertEquals(0, all("main a[href^='javascript']").size());
    assertEquals(1, all("script").size(), "only the site's own script element");
    assertTrue(one(".article-tags").getText().contains("<b>工会</b>"));
    assertNothingRan(browser.driver.getTitle());
    assertNotEquals("pwned", browser.driver.getTitle());
    browser.screenshot("hostile-article");
  }

  @Test
  void markup_in_an_uploaded_page_is_shown_as_text_and_never_runs() throws Exception {
    open("/?q=" + q(FixtureArchive.HOSTILE_PAGE_WORD));
    String title = browser.driver.getTitle();
    assertTrue(total() >= 1);
    assertTrue(one(".facet[data-dimension=paper]").getText().contains("<b>恶意</b>报"));
    assertEquals(0, all("main img, main iframe, main b, main i, main script").size());
    assertNothingRan(title);
    one(".hits .hit .hit-title a").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/articles/"));
    String text = one("main").getText();
    assertTrue(text.contains("<script>") && text.contains("<img src=x onerror=\"window.pwned=10\">"), text);
    assertEquals(0, all("main img, main iframe, main b, main i, main script, main a[href^='javascript']").size());
    assertNothingRan(browser.driver.getTitle());
    browser.screenshot("hostile-upload-article");
  }

  private void assertNothingRan(String titleBefore) {
    assertNull(browser.script("return window.pwned === undefined ? null : String(window.pwned)"));
    assertEquals(titleBefore, browser.driver.getTitle());
    assertNotEquals("pwned", browser.driver.getTitle());
    assertTrue(one("body").isDisplayed());
  }

  @Test
  void a_search_without_matches_suggests_dropping_the_filters_and_the_quotes() throws Exception {
    open("/?q=" + q("\"驿站骑手\"") + "&region=" + q("浙江省"));
    assertEquals(0, total());
    assertTrue(one(".empty h2").getText().contains("没有找到"));
    browser.screenshot("search-empty");
    browser.driver.findElement(By.linkText("去掉所有筛选条件")).click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("region="));
    assertEquals(0, total());
    browser.driver.findElement(By.partialLinkText("去掉引号")).click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("%22"));
    assertEquals("驿站骑手", one("input#q").getAttribute("value"));
  }

  @Test
  void the_about_page_says_what_the_archive_holds_and_links_to_the_api() throws Exception {
    open("/about");
    assertEquals("关于工报", one("h1").getText());
    assertTrue(one("dl.stats").getText().contains(searcher.stats().articles() + " 篇"));
    one("a[href='/openapi.json']");
    browser.screenshot("about");
    browser.driver.findElement(By.linkText("浙江工人日报")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("paper=zjgrb"));
    assertEquals("报刊：浙江工人日报×（移除）", one(".chosen .chip").getText().replace("\n", ""));
  }

  @Test
  void typing_in_the_search_box_offers_suggestions() {
    open("/");
    one("input#q").sendKeys("慈溪");
    browser.waitFor(d -> !d.findElements(By.cssSelector("datalist#suggestions option")).isEmpty());
    List<String> options = all("datalist#suggestions option").stream().map(o -> o.getAttribute("value")).toList();
    assertTrue(options.stream().allMatch(o -> o.contains("慈溪")), options.toString());
  }
}
