package gongbao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebDatelineTest {

  @Test
  void a_sites_dateline_opening_the_lead_is_read_with_or_without_place_date_and_reporters() {
    assertEquals("东坡报讯", WebDateline.of("东坡报讯（记者 李文）11月25日，园区举办职工运动会。"));
    assertEquals("东坡报讯", WebDateline.of("东坡报讯2019年职工运动会今天开幕。"));
    assertEquals("东坡报快讯", WebDateline.of("东坡报快讯（记者 李文）今日（12月28日）有网友爆料。"));
    assertEquals("江城网10月4日讯", WebDateline.of("江城网10月4日讯（记者李文 整合） 长假过半。"));
    assertEquals("东坡科技讯", WebDateline.of("东坡科技讯 北京时间9月11日凌晨消息，发布会开幕。"));
    assertEquals("数码之窗9月30日消息", WebDateline.of("数码之窗9月30日消息 据外媒报道，传呼机服务将终止。"));
    assertEquals("东坡时报e公司讯", WebDateline.of("东坡时报e公司讯，东坡科技：9000万元竞得工业用地。"));
    assertEquals("江城网-新江城客户端讯", WebDateline.of("江城网-新江城客户端讯 今（9）日，记者从分局了解到。"));
    assertEquals("本站讯", WebDateline.of("本站讯（职工通讯员 李琴 刘慧）为弘扬中药特色，医院举办技能大赛。"));
    assertEquals("江城快讯", WebDateline.of("江城快讯（记者 裴文）9月9日，市总工会发布消息。"));
  }

  @Test
  void sentences_that_cite_news_are_not_datelines() {
    assertNull(WebDateline.of("据新华社消息，园区举办职工运动会。"));
    assertNull(WebDateline.of("该公司消息称，产品将于下月上市。"));
    assertNull(WebDateline.of("近日有消息称，产品将于下月上市。"));
    assertNull(WebDateline.of("国家电网电力公司今天宣布，线路检修完毕。"));
    assertNull(WebDateline.of("新闻消息：产品将于下月上市。"));
    assertNull(WebDateline.of("2019年10月1日消息，园区举办职工运动会。"));
    assertNull(WebDateline.of("园区举办职工运动会的消息传开后，职工踊跃报名。"));
  }

  @Test
  void the_reporters_in_brackets_after_a_dateline_are_credited() {
    WebCredits.Credit lead = WebCredits.inLead(WebDateline.after("江城网10月4日讯（记者陈文 整合） 长假过半。"));
    assertEquals(List.of("陈文"), lead.people().reporters());
    assertEquals("园区举办职工运动会。", WebDateline.after("园区举办职工运动会。"));
  }
}
