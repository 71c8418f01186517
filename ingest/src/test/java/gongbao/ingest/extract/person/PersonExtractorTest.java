package gongbao.ingest.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gongbao.ingest.extract.ArticleSegmenter;
import gongbao.ingest.extract.region.RegionGazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {

  private final ArticleSegmenter segmenter = new ArticleSegmenter();
  private final PersonExtractor extractor = new PersonExtractor(RegionGazetteer.builtIn());

  private List<String> persons(String body, List<String> byline) {
    return extractor.persons(List.of(segmenter.segment(body)), byline);
  }

  private static List<String> mended(List<String> names, String text) {
    return NameOverlaps.mended(names, List.of(text));
  }

  @Test
  void people_named_in_the_story_are_found_without_a_trailing_shuo() {
    assertEquals(List.of("余建国"), persons("胡百科、余建国等老劳模参加活动。", List.of()));
    assertEquals(List.of("解永成"), persons("平凉市农商行党委书记、董事长解永成说:", List.of()));
  }

  @Test
  void a_family_name_that_ends_the_word_before_it_with_a_word_after_it_is_no_name() {
    assertEquals(List.of(), persons("所有的支教总是要结束的，关键在于增强可持续发展的造血功能。", List.of()));
    assertEquals(List.of(), persons("该研究的团队来自英国伦敦国王学院。", List.of()));
    assertEquals(List.of("于海燕"), persons("市长于海燕说，夜校要办下去。", List.of()));
  }

  @Test
  void a_time_word_a_place_before_a_function_character_or_a_conjunction_before_a_nickname_opens_no_name() {
    assertEquals(List.of(), persons("明天白天晴，北转南风2、3级。", List.of()));
    assertEquals(List.of(), persons("降温重心将出现在江南至华南一带。", List.of()));
    assertFalse(persons("小温失联后，他和小冬一起去找，但小温还是没有消息。", List.of()).stream()
        .anyMatch(name -> name.startsWith("和") || name.startsWith("但")));
  }

  @Test
  void a_three_character_name_that_reads_as_two_words_is_no_name() {
    assertEquals(List.of(), persons("巴西华人商会会长说，生意好做了。", List.of()));
    assertEquals(List.of(), persons("他带着全家来到县城。", List.of()));
    assertEquals(List.of("江南春"), persons("江南春带着全家来到县城。", List.of()));
  }

  @Test
  void a_name_does_not_follow_an_adverb_but_may_follow_one_that_is_also_a_preposition() {
    assertEquals(List.of(), persons("钱总是凑不成数。", List.of()));
    assertEquals(List.of(), persons("新年到了，我们共贺新春。", List.of()));
    assertEquals(List.of("张建国"), persons("纪委就张建国受贿案发出通报。", List.of()));
    assertEquals(List.of("李明"), persons("他们将李明送到了医院。", List.of()));
  }

  @Test
  void a_name_cut_into_a_rare_word_and_a_lone_character_is_the_name() {
    assertEquals(List.of("徐海伟"), persons("会后，徐海伟找到了办法。", List.of()));
  }

  @Test
  void a_count_is_no_name() {
    assertEquals(List.of(), persons("9月9日，开学已满一周。救人的人却连一顿大米饭都吃不上。", List.of()));
    assertEquals(List.of(), persons("史书上说，苻坚有八十多万大军。", List.of()).stream().filter(name -> name.contains("万"))
        .toList());
  }

  @Test
  void a_numeral_with_a_measure_word_beside_a_name_is_a_count_not_a_role() {
    assertEquals(List.of(), persons("如果某一家房企资金链断裂，购房者就要吃亏。", List.of()));
    assertEquals(List.of(), persons("市场上只剩高通一家，价格由它说了算。", List.of()));
  }

  @Test
  void a_name_between_a_place_and_a_noun_or_a_locative_is_no_person() {
    assertEquals(List.of(), persons("她在山西金兰化工厂上了十年班。", List.of()));
    assertEquals(List.of(), persons("那年武汉封城后，街上没有人。", List.of()));
    assertEquals(List.of("黄薇"), persons("江苏黄薇（女）获得冠军。", List.of()));
  }

  @Test
  void a_name_in_a_list_of_names_is_a_name_though_the_segmenter_did_not_tag_it() {
    assertEquals(List.of("薛其坤", "潘建伟", "马大为", "周其林", "冯小明"),
        persons("物质科学奖：薛其坤(2016年)、潘建伟(2017年)、马大为、周其林、冯小明(2018年)。", List.of()));
    assertFalse(persons("璜塘、江阴南、江阴、江阴北4个收费站出口关闭。", List.of()).contains("江阴南"));
  }

  @Test
  void a_name_right_after_a_title_is_a_name_though_the_segmenter_did_not_tag_it() {
    assertEquals(List.of("陆锦标"), persons("美国加州伯克利大学教授陆锦标获物质科学奖。", List.of()));
    assertEquals(List.of("王贻芳"), persons("中国科学院院士、教授王贻芳说，这是好消息。", List.of()));
    assertEquals(List.of(), persons("劳模代表和劳模一起座谈。中队是干部管战士。", List.of()));
  }

  @Test
  void the_byline_staff_are_not_persons_of_the_story() {
    assertEquals(List.of(), persons("本报讯(记者张菁)10月19日,研讨会在北京举办。", List.of()));
    assertEquals(List.of("余建国"), persons("余建国参加。记者王伟报道。", List.of("王伟")));
  }

  @Test
  void a_line_of_names_is_a_photo_credit() {
    assertEquals(List.of(), persons("活动现场。\n郑青青 周永祥", List.of()));
  }

  @Test
  void an_anonymised_name_takes_the_character_the_segmenter_left_after_it() {
    assertEquals(List.of("王某智"), persons("被告人王某智驾驶货车撞上护栏。经查，王某智酒后驾驶。", List.of()));
    assertEquals(List.of(), persons("王某说他不知道。李某家中被盗。", List.of()), "a family name with 某 alone");
  }

  @Test
  void a_family_name_left_alone_before_a_name_and_its_title_is_the_names() {
    assertEquals(List.of("陈伊芬"), persons("顺德区金融业联合会陈伊芬秘书长等一行八人到访。", List.of()));
    assertEquals(List.of("江泽民", "李鹏"), persons("会见时，江泽民和李鹏总理在座。", List.of()), "和 is the conjunction");
  }

  @Test
  void a_name_cut_before_a_word_of_kin_is_completed() {
    assertEquals(List.of("潘晓颖"), persons("为他们（潘晓颖父母）带来好大的伤痛。", List.of()));
  }

  @Test
  void a_name_cut_before_any_verb_of_speech_is_completed_but_not_by_an_adverb() {
    assertEquals(List.of("雷越岚"), persons("雷越岚回忆，今年9月在福建参加活动。", List.of()));
    assertEquals(List.of("丁磊"), persons("网易CEO丁磊则认为，要坚持创新。", List.of()));
  }

  @Test
  void hong_is_a_family_name() {
    assertEquals(List.of("洪磊"), persons("中国证券投资基金业协会会长洪磊强调，未来将优化私募。", List.of()));
  }

  @Test
  void pieces_of_one_name_cut_two_ways_are_the_name() {
    assertEquals(List.of("杨国禹"), mended(List.of("杨国", "国禹"), "医师杨国禹回忆说。杨国禹认为，应当及时就医。"));
    assertEquals(List.of("王尚普"), mended(List.of("王尚普", "尚普"), "王尚普说，要早治。王尚普认为如此。"));
  }

  @Test
  void a_name_that_also_stands_alone_is_not_a_piece() {
    assertEquals(List.of("杨国", "国禹"), mended(List.of("杨国", "国禹"), "杨国禹来了。国禹说，杨国也来了。"));
    assertEquals(List.of("王尚普", "尚普"), mended(List.of("王尚普", "尚普"), "王尚普和尚普都来了。"));
  }

  @Test
  void a_name_standing_alone_in_another_of_the_articles_texts_is_not_a_piece() {
    List<String> texts = List.of("王尚普说，要早治。", "尚普医院开业。");
    assertEquals(List.of("王尚普", "尚普"), NameOverlaps.mended(List.of("王尚普", "尚普"), texts));
  }

  @Test
  void a_name_cut_short_by_the_segmenter_is_completed() {
    assertEquals(List.of("钱晓岚"), persons("杭州市旅贸工会主席钱晓岚表示,工作有成效。", List.of()));
  }

  @Test
  void an_adverb_or_a_verb_after_a_family_name_character_is_no_name() {
    assertEquals(List.of(), persons("班组职工都有一个共同的心愿。", List.of()));
    assertEquals(List.of(), persons("以后到了每个星期天，他们都能收到一份订单。", List.of()));
    assertEquals(List.of(), persons("会议时说，要抓好落实。", List.of()));
    assertEquals(List.of(), persons("工会曾有过一段困难时期。", List.of()));
  }

  @Test
  void an_adverb_after_a_one_character_subject_opens_no_given_name() {
    assertEquals(List.of(), persons("不少年轻人下了班就刷手机。", List.of()));
  }

  @Test
  void a_character_hanlp_has_seldom_seen_as_a_given_name_does_not_make_one() {
    assertEquals(List.of(), persons("各地推进全域旅游，管好用好资金。", List.of()));
    assertEquals(List.of(), persons("应收尽收，严控风险。", List.of()));
    assertEquals(List.of("王毅"), persons("国务委员兼外交部长王毅会见来宾。", List.of()));
  }

  @Test
  void a_title_after_a_family_name_is_no_name() {
    assertEquals(List.of(), persons("冯警官说，骑手要注意安全。", List.of()));
  }

  @Test
  void part_of_a_longer_name_is_no_name_but_a_job_before_a_name_is_no_part_of_it() {
    assertEquals(List.of(), persons("国际奥委会主席萨马兰奇今天致电祝贺。", List.of()));
    assertEquals(List.of(), persons("吉尔吉斯斯坦总统阿卡耶夫会见了代表团。", List.of()));
    assertEquals(List.of("陈科"), persons("外卖配送员陈科在驿站休息。", List.of()));
  }

  @Test
  void authors_after_the_dots_of_a_contents_line_are_staff() {
    assertEquals(List.of("史帅帅"),
        persons("…… 黄洪涛 钱德乾 殷泓玥全国职工职业技能大赛冠军史帅帅:在焊花中闪耀", List.of()));
  }

  @Test
  void a_name_never_beside_a_title_or_a_verb_of_speech_needs_a_common_given_name() {
    assertEquals(List.of(), persons("小温穿着雨鞋，在溪流和小石堆中穿行。", List.of()));
    assertEquals(List.of(), persons("其余四款手机均搭载高通芯片。", List.of()));
    assertEquals(List.of(), persons("这是孩子成长中的高光时刻。", List.of()));
    assertEquals(List.of("陈冠州"), persons("联发科总经理陈冠州告诉记者，芯片成本很高。", List.of()));
    assertEquals(List.of("张凡"), persons("业内资深人士张凡坦言，租金上调了。", List.of()));
  }

  @Test
  void a_name_cut_short_before_a_title_is_completed() {
    assertEquals(List.of("方创琳"), persons("中国地理学会人文地理专业委员会主任方创琳研究员参加开幕式。", List.of()));
    assertEquals(List.of("贺灿飞"), persons("北京大学贺灿飞教授作了报告。", List.of()));
  }
}
