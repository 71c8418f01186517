package gongbao.ingest.article;

import java.util.List;

/**
 * The common Chinese family names (about 300 single-character ones, which cover nearly all bylines, and
 * the usual two-character ones). Used to tell a line of bare names ({@code 郑青青 周永祥}) from a short
 * headline of the same shape ({@code 舞龙狮 赏春光}, {@code 戏雪}). Characters that are rare as names but
 * open many headlines (国, 海, 新, 平, 明…) are left out on purpose.
 */
public final class ChineseSurnames {

  private static final String SINGLE =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
          + "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
          + "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
          + "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫"
          + "费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠"
          + "惠荆冀郁胥班储栗燕楚鄢谌奚皮粟冼蔺楼闻厉伊仝郜阚帅屠朴盖廉禹祖漆卿狄晋芮扈晁阙浦戈鹿邸雍辜裘亓邰赫"
          + "杭况逯茹诸慕嵇湛戎茅揭尉檀昝衡尧花";
  private static final List<String> DOUBLE = List.of(
      "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
      "端木", "澹台", "呼延", "南宫", "西门");

  private ChineseSurnames() {}

  /** Whether {@code name} opens with a common family name. */
  public static boolean startsWithSurname(String name) {
    if (name.isEmpty()) {
      return false;
    }
    return SINGLE.indexOf(name.charAt(0)) >= 0 || startsWithDoubleSurname(name);
  }

  /** Whether {@code name} opens with a two-character family name ({@code 欧阳}). */
  public static boolean startsWithDoubleSurname(String name) {
    return DOUBLE.stream().anyMatch(name::startsWith);
  }
}
