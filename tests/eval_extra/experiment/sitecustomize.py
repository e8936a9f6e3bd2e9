# Experiment only (not in the tree): OR across topics/audiences, title-weighted ranking.
import os
MODE = os.environ.get("EVX_PATCH", "")
if MODE:
    import bot.search as S
    from sqlalchemy import exists
    from bot.store.models import Event, EventAudience, EventTopic
    from rapidfuzz import fuzz
    from datetime import timezone
    if "or" in MODE:
        orig = S._filters
        def _filters(q):
            saved_t, saved_a = q.topics, q.audiences
            q.topics, q.audiences = [], []
            try:
                conds = orig(q)
            finally:
                q.topics, q.audiences = saved_t, saved_a
            if q.topics:
                conds.append(exists().where(EventTopic.event_id == Event.id, EventTopic.topic.in_(q.topics)))
            if q.audiences:
                conds.append(exists().where(EventAudience.event_id == Event.id, EventAudience.audience.in_(q.audiences)))
            return conds
        S._filters = _filters
    if "rank" in MODE:
        from bot.geo.gazetteer import haversine_km
        def _rank(q, rows):
            scored = []
            text = q.rank_text
            for r in rows:
                dist = None
                if q.near is not None:
                    if r.lat is None:
                        continue
                    dist = haversine_km(q.near.lat, q.near.lon, r.lat, r.lon)
                    if dist > q.near.radius_km:
                        continue
                s = 0.0
                if text:
                    title, _, rest = r.search_text.partition(" | ")
                    s = max(fuzz.WRatio(text, title), 0.8 * fuzz.WRatio(text, rest))
                if text and not q.constrained and s < S.MIN_SCORE_UNCONSTRAINED:
                    continue
                scored.append((r.id, s, dist, r.starts_at))
            if q.near is not None and not text:
                scored.sort(key=lambda x: (x[2], x[3]))
            else:
                scored.sort(key=lambda x: (-round(x[1] / 2), x[2] if x[2] is not None else 0, x[3]))
            return [(i, s, d) for i, s, d, _ in scored]
        S._rank = _rank
