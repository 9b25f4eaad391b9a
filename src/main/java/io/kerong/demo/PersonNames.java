package io.kerong.demo;

import java.util.SplittableRandom;

/** Common Chinese surnames (weighted by frequency through repetition) and given names. */
final class PersonNames {

    private static final String SURNAMES = "王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴吴周周徐孙马朱胡郭何高林罗郑梁"
            + "谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "建国", "志强", "海燕", "晓东", "文博", "子涵",
            "浩然", "欣怡", "宇航", "思远", "俊杰", "雪梅", "立新", "红梅", "国强", "晓峰", "德明", "春生", "玉兰", "振宇",
            "佳琪", "梓轩", "一鸣", "嘉怡", "志刚", "永红", "晨曦", "明辉", "庆华", "鹏", "斌", "婷", "凯", "琳", "昊天"};

    private PersonNames() {
    }

    static String pick(SplittableRandom random) {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
    }
}
