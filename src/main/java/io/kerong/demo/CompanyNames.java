package io.kerong.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds company names as city + two-character stem + trade word + suffix (成都星泰微电子科技有限公司). A name slot is
 * a pair (stem, trade); {@link #slot(long)} maps row indexes one-to-one onto slots, so names never repeat within a
 * run of {@link #capacity()} rows. Beyond that a round number joins the stem (星泰2), which keeps them unique.
 */
final class CompanyNames {

    /** A trade word with its high-tech field code and company-name suffix. */
    record Trade(String field, String word, String suffix) {
        String text() {
            return word + suffix;
        }
    }

    record Slot(String stem, Trade trade) {
    }

    private static final String FIRST = "星泰华瑞博创睿恒精英德信汇智新天海众嘉鑫宏中云光腾源盛远安佳卓越锐凯诚鼎晨昊拓优弘明川蜀齐鲁蓉锦迈讯易宇澜启元正和东方金银立永志同百欣";
    private static final String SECOND = "达通科成航祥辉耀联美力能康晟升兴林城邦誉捷威迅图普润峰泽鸿翔驰宸锋铭瀚奥杰泓朗维亿璟煊合骏隆韬晖屹霖芯衡楷阳帆乐胜义伦豪嵘臻策格凡辰";
    private static final List<String> SUFFIXES = List.of("科技有限公司", "有限公司", "技术有限公司");
    private static final Map<String, String> WORDS = Map.of(
            "ELECTRONIC_INFORMATION", "微电子 软件 信息 数据 云计算 通信 物联网 光电 半导体 电子 信息安全 集成电路 传感 "
                    + "导航 人工智能 视觉 网络 智联 数码 计算机 芯片 智能 数字 区块链",
            "ADVANCED_MANUFACTURING", "精密机械 智能装备 自动化 机器人 数控 激光 液压 工业 仪器仪表 机电 精工 轨道交通装备 "
                    + "汽车部件 模具 泵业 动力",
            "HIGH_TECH_SERVICES", "检测 认证 测试 工业设计 知识产权 科创服务 信息服务 计量 研发服务 技术转移 文化创意 供应链",
            "NEW_MATERIALS", "新材料 高分子 纳米 复合材料 特种陶瓷 碳纤维 稀土 涂层 膜材料 石墨烯",
            "BIO_MEDICINE", "生物 医药 生物医药 基因 医疗器械 制药 诊断 生物工程 健康 药业",
            "NEW_ENERGY", "新能源 储能 光伏 氢能 节能 电池 风电",
            "RESOURCES_ENVIRONMENT", "环保 环境 水处理 节水 生态 固废处理",
            "AEROSPACE", "航空 航天 无人机 卫星");

    static final List<Trade> TRADES = trades();
    private static final long STEMS = (long) FIRST.length() * SECOND.length();
    // coprime with the capacity, so index * STEP mod capacity visits every slot once
    private static final long STEP = coprimeStep(STEMS * TRADES.size());

    private final long offset;

    CompanyNames(long seed) {
        this.offset = Math.floorMod(seed, capacity());
    }

    static long capacity() {
        return STEMS * TRADES.size();
    }

    Slot slot(long index) {
        long capacity = capacity();
        long position = ((index % capacity) * STEP % capacity + offset) % capacity;
        int first = (int) (position % FIRST.length());
        int second = (int) (position / FIRST.length() % SECOND.length());
        Trade trade = TRADES.get((int) (position / STEMS));
        long round = index / capacity;
        String stem = "" + FIRST.charAt(first) + SECOND.charAt(second) + (round == 0 ? "" : String.valueOf(round + 1));
        return new Slot(stem, trade);
    }

    static String name(String cityPrefix, Slot slot) {
        return cityPrefix + slot.stem() + slot.trade().text();
    }

    private static long coprimeStep(long capacity) {
        long step = 1_000_003L;
        while (java.math.BigInteger.valueOf(step).gcd(java.math.BigInteger.valueOf(capacity)).intValue() != 1) {
            step += 2;
        }
        return step;
    }

    private static List<Trade> trades() {
        List<Trade> trades = new ArrayList<>();
        WORDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            for (String word : entry.getValue().split(" ")) {
                for (String suffix : SUFFIXES) {
                    trades.add(new Trade(entry.getKey(), word, suffix));
                }
            }
        });
        return List.copyOf(trades);
    }
}
