package gongbao.ingest.extract.person;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common Chinese surnames: a name the segmenter proposes must begin with one. Not 都 and 那, far more often an adverb
 * or a pronoun before a verb that HanLP reads as a given name ({@code 都有}, {@code 都能}, {@code 那一年}: 52, 17 and 8
 * of the names it proposed on People's Daily 1998-01, against 2 right ones).
 */
final class Surnames {

  private static final String SINGLE =
      "习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
          + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
          + "常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
          + "单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
          + "麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
          + "巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花"
          + "权帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌"
          + "母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝洪";
  private static final Set<String> COMPOUND = Set.of(
      "欧阳", "上官", "司马", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "夏侯", "公孙", "长孙", "宇文", "司徒");
  private static final Set<Integer> SINGLES = SINGLE.codePoints().boxed().collect(Collectors.toUnmodifiableSet());

  private Surnames() {}

  /** The length of the name's family name: 2 for a compound one (欧阳), else 1. */
  static int length(String name) {
    return name.length() >= 3 && COMPOUND.contains(name.substring(0, 2)) ? 2 : 1;
  }

  static boolean startsWithSurname(String name) {
    return SINGLES.contains(name.codePointAt(0)) || (name.length() >= 3 && COMPOUND.contains(name.substring(0, 2)));
  }
}
