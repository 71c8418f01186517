package gongbao.search.web.html;

/** The query syntax in one short, collapsible panel. */
final class QueryHelp {

  private static final String[][] ROWS = {
    {"劳模 工匠", "两个词都要出现"},
    {"\"工会驿站\"", "完整短语，一字不差（标点和空格不计；粘贴的标题可带“”《》）"},
    {"骑手 -外卖", "排除某个词（也可写 NOT 外卖）"},
    {"骑手 OR 快递员", "任一即可（OR 须大写）"},
    {"title:劳模", "只在标题中找"},
    {"byline:张楠", "按作者、记者找"},
    {"paper:(grrb OR zjgrb) 劳模", "限定报刊，括号分组"},
  };

  private QueryHelp() {}

  static void write(HtmlWriter html) {
    html.open("details", "class", "help").element("summary", "检索语法").open("table")
        .element("caption", "在检索框里可以这样写")
        .open("thead").open("tr").element("th", "写法", "scope", "col").element("th", "意思", "scope", "col")
        .close("tr").close("thead").open("tbody");
    for (String[] row : ROWS) {
      html.open("tr").open("td").element("code", row[0]).close("td").element("td", row[1]).close("tr");
    }
    html.close("tbody").close("table")
        .element("p", "还可以用 region:、union:、topic:、person: 按地区、工会、主题、人物检索；左侧的筛选项也能做到同样的事。")
        .close("details");
  }
}
