package io.kerong.rating;

import io.kerong.identity.Actor;

/** The operator's financing-push funnel (推送漏斗): how applications fare at each step. */
public interface PushFunnel {

    PushFunnelFigures figures(Actor actor);
}
