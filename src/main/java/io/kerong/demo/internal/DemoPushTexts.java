package io.kerong.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words of the demo financing push: projects by high-tech field, purposes, the communities' endorsement notes and
 * rejection reasons, and the banks' notes on their credit intents, as such platforms show them.
 */
final class DemoPushTexts {

    private static final Map<String, List<String>> PROJECTS = Map.of(
            "ELECTRONIC_INFORMATION", List.of("工业互联网边缘计算网关研发及产业化", "国产化工业控制软件平台升级",
                    "车规级 MCU 芯片测试验证平台", "智慧园区物联网平台二期建设", "信创数据库适配与迁移工具研发"),
            "BIO_MEDICINE", List.of("新型疫苗佐剂中试放大", "体外诊断试剂盒注册检验及量产",
                    "中药配方颗粒生产线智能化改造", "医用可降解缝合材料产业化"),
            "AEROSPACE", List.of("工业级无人机飞控系统国产化", "航空复合材料零部件精密加工线"),
            "NEW_MATERIALS", List.of("高性能碳纤维复合材料中试线", "石墨烯导热膜量产工艺攻关",
                    "特种陶瓷粉体产业化", "高端聚酰亚胺薄膜扩产"),
            "HIGH_TECH_SERVICES", List.of("检验检测公共服务平台扩能", "工业设计云平台建设",
                    "知识产权运营服务平台升级"),
            "NEW_ENERGY", List.of("储能电池管理系统研发", "分布式光伏智能运维平台", "氢燃料电池双极板量产线"),
            "RESOURCES_ENVIRONMENT", List.of("工业废水零排放成套装备研制", "固废资源化利用示范线"),
            "ADVANCED_MANUFACTURING", List.of("高端数控机床关键功能部件国产化", "工业机器人精密减速器量产线",
                    "智能农机装备研发及示范", "精密液压件智能产线扩建"));

    private static final List<String> STAGES = List.of("项目已完成样机验证，拟于明年实现批量供货。",
            "核心技术已取得发明专利授权，正与下游龙头企业开展联合测试。",
            "已签订意向订单，产能扩充后可满足链主企业配套需求。",
            "项目列入企业三年研发规划，已组建二十余人的研发团队。",
            "中试线已建成，需资金完成工艺定型与首批量产。");

    static final List<String> PURPOSES = List.of("研发投入", "流动资金周转", "生产线扩建及设备购置",
            "原材料采购", "中试及产业化");

    private static final List<String> ENDORSEMENTS = List.of("属于本产业链关键配套环节，技术路线清晰。",
            "与链主企业已有稳定供货关系，产品通过客户验证。", "项目纳入共同体年度重点培育清单。",
            "技术团队来自省重点实验室，成果转化路径明确。");

    private static final List<String> REJECTIONS = List.of(
            "主营产品与本共同体重点产业链关联度较低，建议向对口共同体申请。",
            "项目尚处概念阶段，缺少中试数据和用户验证，暂不予认定。",
            "近两年研发投入持续下降，技术先进性论证不足。",
            "未能提供核心知识产权的权属证明材料。",
            "申报项目与企业主营业务关联度不高，融资用途说明不清。");

    static final String WITHDRAWAL = "企业已通过其他渠道获得融资";

    private static final List<String> INTENT_NOTES = List.of(
            "拟给予纯信用贷款，期限一年，利率参照一年期 LPR 加 50BP。",
            "科创贷产品，纳入风险补偿资金池，客户经理已对接。",
            "可叠加知识产权质押，额度以评估结果为准。",
            "需补充近三个月纳税及开票数据后进入审批。",
            "拟采用无还本续贷方式，支持流动资金周转。");

    private DemoPushTexts() {
    }

    static String project(SplittableRandom random, String highTechField) {
        List<String> names = PROJECTS.getOrDefault(highTechField, PROJECTS.get("ADVANCED_MANUFACTURING"));
        return pick(random, names) + "：" + pick(random, STAGES);
    }

    static String endorsement(SplittableRandom random) {
        return random.nextInt(3) == 0 ? null : pick(random, ENDORSEMENTS);
    }

    static String rejection(SplittableRandom random) {
        return pick(random, REJECTIONS);
    }

    static String intentNote(SplittableRandom random) {
        return pick(random, INTENT_NOTES);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
