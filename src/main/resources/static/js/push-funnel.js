// Operator's push funnel: fetches /api/v1/rating/funnel and draws the funnel and the bar charts (no inline scripts: CSP).
(function () {
    'use strict';

    var COLORS = ['#1f4e8c', '#198754', '#fd7e14', '#6f42c1'];
    var STEPS = ['applied', 'endorsed', 'pushed', 'withIntent'];

    function labels(root) {
        return [root.dataset.labelApplied, root.dataset.labelEndorsed, root.dataset.labelPushed,
            root.dataset.labelIntent];
    }

    function funnel(chart, overall, names) {
        chart.setOption({
            tooltip: {trigger: 'item', formatter: '{b}: {c}'},
            color: COLORS,
            series: [{type: 'funnel', sort: 'none', left: '5%', width: '90%', minSize: '10%',
                label: {show: true, position: 'inside', formatter: '{b}\n{c}'},
                data: STEPS.map(function (step, i) { return {name: names[i], value: overall[step]}; })}]
        });
    }

    // Grouped bars, one group per community or city; horizontal keeps long community names readable.
    function bars(chart, groups, names, horizontal) {
        var categories = {type: 'category', data: groups.map(function (g) { return g.name; }),
            inverse: horizontal, axisLabel: {interval: 0, width: 150, overflow: 'truncate'}};
        var values = {type: 'value', minInterval: 1};
        chart.setOption({
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: {top: 0},
            color: COLORS,
            grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
            xAxis: horizontal ? values : categories,
            yAxis: horizontal ? categories : values,
            series: STEPS.map(function (step, i) {
                return {name: names[i], type: 'bar', label: {show: groups.length <= 10,
                        position: horizontal ? 'right' : 'top', fontSize: 10},
                    data: groups.map(function (g) { return g.stages[step]; })};
            })
        });
    }

    function draw(root, figures) {
        var names = labels(root);
        var charts = ['chart-funnel', 'chart-community', 'chart-region'].map(function (id) {
            return echarts.init(document.getElementById(id));
        });
        funnel(charts[0], figures.overall, names);
        bars(charts[1], figures.byCommunity, names, true);
        bars(charts[2], figures.byRegion, names, false);
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    }

    Kerong.drawFigures('push-funnel', 'funnel-error', draw);
})();
