"""The data of bench/scale.py: a year of a busy platform, generated in SQL on PostgreSQL.

Everything is ``INSERT ... SELECT`` from ``generate_series``, one chunk of comments at a time
(each chunk is drawn into a temporary table, then fanned out to comments, decisions, reports,
strikes, sanctions, appeals, checks and pile-on events), so ten million comments take minutes.

Shapes (n = number of comments):
- accounts n/20, contents n/100; comments per content are Zipf-like (log-uniform ranks: the top
  video gets ~1/ln(n/100) of all comments), comments per author follow u^3 (a few very active
  accounts), contents per creator u^2 (a few big channels);
- ids grow with time over the 365 days before NOW, so a quarter holds ~n/4 comments;
- ~90 % visible, 3 % held (creator filters), 1.5 % grey zone (pending_review for the last
  BACKLOG_DAYS, else decided by a moderator), 3 % hidden (mostly the offensive filter), 2.5 %
  removed (mostly proactive, fully automated), ~1 % reported (85 % users, 8 % creators,
  7 % trusted flaggers); what was reported during the backlog is still open;
- every violation has a decision with its statement fields (rule snapshot, ground,
  automation), a strike, sometimes a sanction and an appeal (some reversed);
- one check (reconsider prompt) per ten comments plus withdrawn drafts; a pile-on event per
  hurtful comment against the content's creator, incidents, hits and targets derived from them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Connection

NOW = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
START = NOW - dt.timedelta(days=365)
BACKLOG_DAYS = 14

CATEGORY_WEIGHTS = (("insult", 0.45), ("identity_hate", 0.12), ("threat", 0.08),
                    ("sexual_harassment", 0.07), ("self_harm_incitement", 0.03),
                    ("doxxing", 0.03), ("body_shaming", 0.12), ("exclusion", 0.10))
REASON_OF = {"insult": "harassment", "identity_hate": "hate", "threat": "threat",
             "sexual_harassment": "sexual", "self_harm_incitement": "self_harm",
             "doxxing": "doxxing", "body_shaming": "body_shaming", "exclusion": "exclusion"}
HARMLESS = ("Super vidéo, merci pour les explications !", "Je ne suis pas d'accord avec la fin",
            "ptdr le chat à 3:12", "Great video, thanks!", "Quelqu'un a le lien de la musique ?",
            "Premier !", "Tu peux faire une vidéo sur les révisions ?", "So true lol")
HURTFUL = ("t'es vraiment qu'une grosse merde", "You are such a pathetic loser",
           "personne ne veut de toi ici", "je sais où tu habites", "sale thon va",
           "go back to where you came from", "va te pendre", "t'es nul, arrête")
#: Routes a comment takes: (name, share of comments); the grey and reported ones depend on age.
ROUTES = (("reported", 0.003), ("plain", 0.897), ("held", 0.03), ("grey", 0.015),
          ("hidden_filter", 0.027), ("hidden_reported", 0.003), ("proactive", 0.02),
          ("removed_reported", 0.005))


def sizes(comments: int) -> dict[str, int]:
    """How many accounts, creators and contents go with ``comments`` comments."""
    accounts = max(1000, comments // 20)
    return {"comments": comments, "accounts": accounts, "creators": max(50, accounts // 25),
            "contents": max(100, comments // 100)}


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _array(values: tuple[str, ...]) -> str:
    return "(ARRAY[" + ",".join(_lit(v) for v in values) + "])"


def _pick(column: str, weighted: tuple[tuple[str, float], ...]) -> str:
    """SQL CASE choosing a name from a uniform ``column`` by cumulative weights."""
    parts, edge = [], 0.0
    for name, weight in weighted[:-1]:
        edge += weight
        parts.append(f"WHEN {column} < {edge:.6f} THEN {_lit(name)}")
    return f"CASE {' '.join(parts)} ELSE {_lit(weighted[-1][0])} END"


def _scores(main: str, low: str) -> str:
    pairs = ", ".join(f"'{c}', CASE WHEN cat = '{c}' THEN {main} ELSE {low} END"
                      for c, _ in CATEGORY_WEIGHTS)
    return f"json_build_object({pairs})"


def setup(connection: Connection, sizes_: dict[str, int]) -> None:
    """Accounts, contents, organisations, creator settings and the rules cited by decisions."""
    params = {**sizes_, "start": START, "now": NOW}
    for statement in (
        "INSERT INTO organisations (id, name, due_hours, created_at) VALUES "
        "(1, 'e-Enfance 3018', 4, :start), (2, 'Point de Contact', 4, :start)",
        "INSERT INTO accounts (id, handle, age_band, created_at, updated_at) "
        "SELECT 'acc-' || i, 'user' || i, (ARRAY['13_15','16_17','adult',NULL])[1 + i % 4], "
        ":start - interval '400 days' + i * interval '1 second', :start FROM generate_series(1, :accounts) i",
        "INSERT INTO contents (id, creator_id, title, url, created_at, updated_at) "
        "SELECT 'vid-' || i, 'acc-' || (1 + floor(:creators * random() ^ 2))::int, 'Vidéo ' || i, "
        "NULL, :start - interval '60 days', :start FROM generate_series(1, :contents) i",
        "INSERT INTO creator_settings (account_id, content_id, filter_mode, keywords, approved_commenters,"
        " blocked_accounts, restricted_accounts, updated_at) "
        "SELECT DISTINCT ON (creator_id) creator_id, NULL, "
        "(ARRAY['off','off','off','offensive','offensive','all'])[1 + abs(hashtext(creator_id)) % 6], "
        "'[]', '[]', '[]', '[]', :start FROM contents ORDER BY creator_id",
    ):
        connection.execute(text(statement), params)


JSON_SQL = f"""
CREATE TEMP TABLE js AS
SELECT cat, m, CAST(CAST({_scores('m', 'round(m * 0.15, 4)')} AS text) AS json) AS scores,
  CAST(CASE WHEN m >= 0.5 THEN CAST(json_build_array(json_build_object('start', 0, 'end', 5,
    'category', cat, 'term', 'merde')) AS text) ELSE '[]' END AS json) AS spans,
  CAST('[{{"phase": "policy_remove", "code": "automatic_removal", "detail": '
    || json_build_object('categories', json_build_array(cat), 'scores', json_build_object(cat, m))
    || '}}]' AS json) AS removal
FROM unnest(ARRAY[{",".join(_lit(c) for c, _ in CATEGORY_WEIGHTS)}]) cat,
     LATERAL (SELECT round(CAST(i AS numeric) / 1000, 3) AS m FROM generate_series(0, 1000) i) v
"""


RULES_SQL = """
CREATE TEMP TABLE rules AS SELECT DISTINCT ON (category) category, id AS rule_id,
  CAST(json_build_object('id', id, 'title_fr', title_fr, 'title_en', title_en, 'summary_fr',
  summary_fr, 'summary_en', summary_en, 'url', url) AS text) AS rule
FROM guidelines ORDER BY category, position
"""


def _stage_sql() -> str:
    """One chunk of comments with everything the other tables derive from them."""
    route = _pick("u_route", ROUTES)
    cat = _pick("u_cat", CATEGORY_WEIGHTS)
    return f"""
    CREATE TEMP TABLE stage AS
    WITH r AS (
      SELECT g AS id, random() AS u_route, random() AS u_cat, random() AS u_tox, random() AS u_lang,
             random() AS u_c, random() AS u_a, random() AS u_src, random() AS u_d, random() AS u_x
      FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g OFFSET 0
    ), b AS (
      SELECT r.*, CAST(:start AS timestamptz) + (id - 1) * CAST(:step AS interval) AS at,
             {route} AS base, {cat} AS cat,
             CASE WHEN u_src < 0.85 THEN 'user' WHEN u_src < 0.93 THEN 'creator'
                  ELSE 'trusted_flagger' END AS src
      FROM r
    ), c AS (
      SELECT b.*,
        CASE WHEN base IN ('reported', 'hidden_reported', 'removed_reported', 'grey')
                  AND at >= CAST(:backlog AS timestamptz)
             THEN CASE WHEN base = 'grey' THEN 'grey_open' ELSE 'reported_open' END
             WHEN base = 'grey' THEN CASE WHEN u_x < 0.6 THEN 'grey_removed' ELSE 'grey_kept' END
             ELSE base END AS route,
        round(CAST(CASE base WHEN 'plain' THEN u_tox ^ 3 * 0.6 WHEN 'held' THEN u_tox ^ 3 * 0.6
                   WHEN 'reported' THEN 0.2 + u_tox * 0.5 WHEN 'grey' THEN 0.6 + u_tox * 0.3
                   WHEN 'hidden_filter' THEN 0.5 + u_tox * 0.3 WHEN 'proactive' THEN 0.97 + u_tox * 0.029
                   ELSE 0.4 + u_tox * 0.5 END AS numeric), 3) AS m
      FROM b
    )
    SELECT id, at, route, cat, src, u_d, u_x, m,
      'vid-' || LEAST(CAST(:contents AS int),
                      floor(exp(u_c * ln(CAST(:contents AS float8))))::int) AS content_id,
      'acc-' || (1 + (floor(CAST(:accounts AS int) * u_a ^ 3)::bigint * 2147483647)
                 % CAST(:accounts AS int)) AS author_id,
      CASE WHEN u_lang < 0.7 THEN 'fr' WHEN u_lang < 0.95 THEN 'en' ELSE 'es' END AS lang,
      CASE route WHEN 'held' THEN 'held' WHEN 'grey_open' THEN 'pending_review'
        WHEN 'grey_removed' THEN 'removed' WHEN 'hidden_filter' THEN 'hidden'
        WHEN 'hidden_reported' THEN 'hidden' WHEN 'proactive' THEN 'removed'
        WHEN 'removed_reported' THEN 'removed' ELSE 'visible' END AS status,
      1 + CAST(u_x < 0.3 AS int) + CAST(u_x < 0.1 AS int) AS nrep,
      at + CASE WHEN route = 'proactive' THEN interval '0'
        WHEN src = 'trusted_flagger' THEN interval '40 minutes' + u_d * interval '6 hours'
        ELSE interval '1 hour' + u_d * interval '48 hours' END AS decided_at
    FROM c
    """


def _comment_sql() -> str:
    harmless, hurtful = _array(HARMLESS), _array(HURTFUL)
    reasons = """CASE route
      WHEN 'held' THEN '[{"phase": "creator_filter", "code": "filter_all_comments", "detail": null}]'
      WHEN 'hidden_filter' THEN '[{"phase": "policy_nudge", "code": "offensive_filter", "detail": null}]'
      WHEN 'grey_open' THEN '[{"phase": "policy_review", "code": "needs_review", "detail": null}]'
      WHEN 'grey_removed' THEN '[{"phase": "policy_review", "code": "needs_review", "detail": null}]'
      WHEN 'grey_kept' THEN '[{"phase": "policy_review", "code": "needs_review", "detail": null}]'
      ELSE '[]' END"""
    return f"""
    INSERT INTO comments (id, content_id, author_id, text, lang, status, toxicity, scores, spans,
                          reasons, model_version, created_at, updated_at)
    SELECT id, content_id, author_id,
      CASE WHEN s.m >= 0.5 THEN {hurtful}[1 + id % 8] ELSE {harmless}[1 + id % 8] END,
      lang, status, s.m, js.scores, js.spans,
      CASE WHEN route = 'proactive' THEN js.removal ELSE CAST({reasons} AS json) END,
      'rempart-bench-1', at,
      CASE WHEN route IN ('grey_removed', 'grey_kept', 'hidden_reported', 'removed_reported')
           THEN decided_at ELSE at END
    FROM stage s JOIN js ON js.cat = s.cat AND js.m = s.m
    """


def _fanout_sql() -> str:
    """Decisions of the chunk, and from them reports, strikes, sanctions and appeals."""
    reason = "CASE s.cat " + " ".join(f"WHEN '{c}' THEN '{r}'" for c, r in REASON_OF.items()) + " END"
    return f"""
    WITH d AS (
      INSERT INTO decisions (target_type, target_id, author_id, action, category, ground, legal_ground,
        rule, explanation, automated_detection, automated_decision, decided_by_type, decided_by,
        decided_at, ends_at, lang, source, reports_resolved, previous_status, new_status)
      SELECT 'comment', CAST(s.id AS text), s.author_id, x.action,
        CASE WHEN x.action = 'no_action' THEN NULL ELSE s.cat END,
        CASE WHEN x.action = 'no_action' THEN NULL WHEN s.u_x > 0.97 THEN 'illegal_content'
             ELSE 'community_guidelines' END,
        CASE WHEN x.action <> 'no_action' AND s.u_x > 0.97
             THEN 'Art. 222-33-2-2 du code pénal (harcèlement)' END,
        CASE WHEN x.action <> 'no_action' AND s.u_x <= 0.97 THEN CAST(ru.rule AS json) END,
        CASE s.route
             WHEN 'proactive' THEN 'Removed automatically: detector scores reached the removal threshold.'
             ELSE 'Décision de la modération après examen.' END,
        s.route IN ('proactive', 'grey_removed', 'grey_kept'),
        CASE WHEN s.route = 'proactive' THEN 'fully'
             WHEN s.route IN ('grey_removed', 'grey_kept') THEN 'partially' ELSE 'not_automated' END,
        CASE WHEN s.route = 'proactive' THEN 'system' ELSE 'user' END,
        CASE WHEN s.route = 'proactive' THEN 'rempart' ELSE 'user:' || (1 + s.id % 12) END,
        s.decided_at, NULL, CASE WHEN s.lang IN ('fr', 'en') THEN s.lang ELSE 'fr' END,
        CASE WHEN s.route = 'proactive' THEN 'proactive' WHEN s.route LIKE 'grey%' THEN 'detection'
             WHEN s.src = 'user' THEN 'user_report' WHEN s.src = 'creator' THEN 'creator_report'
             ELSE 'trusted_flagger' END,
        CASE WHEN s.route IN ('reported', 'hidden_reported', 'removed_reported') THEN s.nrep ELSE 0 END,
        CASE WHEN s.route LIKE 'grey%' THEN 'pending_review' WHEN s.route = 'proactive' THEN NULL
             ELSE 'visible' END,
        s.status
      FROM stage s
      JOIN (VALUES ('reported', 'no_action'), ('grey_kept', 'no_action'), ('grey_removed', 'remove'),
                   ('hidden_reported', 'hide'), ('proactive', 'remove'), ('removed_reported', 'remove'))
           AS x(route, action) ON x.route = s.route
      LEFT JOIN rules ru ON ru.category = s.cat
      RETURNING id, target_id, author_id, action, decided_at, reports_resolved
    ), reps AS (
      INSERT INTO reports (target_type, target_id, reason, source, reporter_account_id, organisation_id,
        status, priority, due_at, created_at, resolved_at, outcome, decision_id)
      SELECT 'comment', d.target_id, {reason}, s.src,
        CASE s.src WHEN 'user' THEN 'acc-' || (1 + (s.id * 7 + k * 131) % CAST(:accounts AS int))
             WHEN 'creator' THEN ct.creator_id END,
        CASE WHEN s.src = 'trusted_flagger' THEN 1 + (s.id + k) % 2 END,
        'resolved', CASE WHEN s.src = 'trusted_flagger' THEN 100 ELSE 0 END,
        s.at + k * interval '15 minutes'
          + CASE WHEN s.src = 'trusted_flagger' THEN interval '4 hours' ELSE interval '24 hours' END,
        s.at + k * interval '15 minutes', d.decided_at, d.action, d.id
      FROM d JOIN stage s ON s.id = CAST(d.target_id AS bigint)
      JOIN contents ct ON ct.id = s.content_id
      CROSS JOIN LATERAL generate_series(1, d.reports_resolved) k
      WHERE d.reports_resolved > 0
      RETURNING 1
    ), strk AS (
      INSERT INTO strikes (account_id, decision_id, created_at, expires_at)
      SELECT author_id, id, decided_at, decided_at + interval '180 days' FROM d
      WHERE action <> 'no_action'
      RETURNING 1
    ), sanc AS (
      INSERT INTO account_sanctions (account_id, kind, starts_at, ends_at, decision_id, strike_threshold)
      SELECT author_id, CASE WHEN id % 6000 = 0 THEN 'banned' WHEN id % 600 = 0 THEN 'suspended'
                             ELSE 'restricted' END,
        decided_at, CASE WHEN id % 6000 = 0 THEN NULL WHEN id % 600 = 0 THEN decided_at + interval '7 days'
                         ELSE decided_at + interval '24 hours' END,
        id, CASE WHEN id % 6000 = 0 THEN 8 WHEN id % 600 = 0 THEN 5 ELSE 3 END
      FROM d WHERE action <> 'no_action' AND id % 60 = 0
      RETURNING 1
    ), apl AS (
      INSERT INTO appeals (decision_id, appellant_role, appellant_account_id, explanation, status,
        created_at, due_at, decided_at, decided_by, outcome_explanation)
      SELECT id, 'author', author_id, 'Je conteste cette décision.',
        CASE WHEN decided_at + interval '6 hours' > CAST(:now AS timestamptz) - interval '3 days' THEN 'open'
             WHEN id % 5 = 0 THEN 'reversed' ELSE 'upheld' END,
        decided_at + interval '6 hours', decided_at + interval '78 hours',
        CASE WHEN decided_at + interval '6 hours' > CAST(:now AS timestamptz) - interval '3 days' THEN NULL
             ELSE decided_at + interval '36 hours' END,
        CASE WHEN decided_at + interval '6 hours' > CAST(:now AS timestamptz) - interval '3 days' THEN NULL
             ELSE 'user:' || (1 + (id + 1) % 12) END,
        CASE WHEN decided_at + interval '6 hours' > CAST(:now AS timestamptz) - interval '3 days' THEN NULL
             ELSE 'Réexaminé par un·e autre modérateur·rice.' END
      FROM d WHERE action <> 'no_action' AND id % 40 = 7
        AND decided_at + interval '6 hours' < CAST(:now AS timestamptz)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM reps), (SELECT count(*) FROM strk),
           (SELECT count(*) FROM sanc), (SELECT count(*) FROM apl)
    """


def _open_reports_sql() -> str:
    reason = "CASE s.cat " + " ".join(f"WHEN '{c}' THEN '{r}'" for c, r in REASON_OF.items()) + " END"
    return f"""
    INSERT INTO reports (target_type, target_id, reason, source, reporter_account_id, organisation_id,
      status, priority, due_at, created_at)
    SELECT 'comment', CAST(s.id AS text), {reason}, s.src,
      CASE s.src WHEN 'user' THEN 'acc-' || (1 + (s.id * 7 + k * 131) % CAST(:accounts AS int))
           WHEN 'creator' THEN ct.creator_id END,
      CASE WHEN s.src = 'trusted_flagger' THEN 1 + (s.id + k) % 2 END,
      'open', CASE WHEN s.src = 'trusted_flagger' THEN 100 ELSE 0 END,
      s.at + k * interval '15 minutes'
        + CASE WHEN s.src = 'trusted_flagger' THEN interval '4 hours' ELSE interval '24 hours' END,
      s.at + k * interval '15 minutes'
    FROM stage s JOIN contents ct ON ct.id = s.content_id
    CROSS JOIN LATERAL generate_series(1, s.nrep) k
    WHERE s.route = 'reported_open' AND s.at + k * interval '15 minutes' < CAST(:now AS timestamptz)
    """


CHECKS_SQL = """
INSERT INTO checks (id, author_id, content_id, text_digest, lang, nudge, severity, toxicity,
  categories, rule_id, created_at, outcome, outcome_at, comment_id)
SELECT md5(CAST(s.id AS text) || w.kind), s.author_id, s.content_id,
  md5(CAST(s.id AS text)) || md5(w.kind || CAST(s.id AS text)),
  CASE WHEN s.lang IN ('fr', 'en') THEN s.lang ELSE 'fr' END, s.m >= 0.5,
  CASE WHEN s.m < 0.5 THEN 'none' WHEN s.m < 0.75 THEN 'low' WHEN s.m < 0.92 THEN 'medium' ELSE 'high' END,
  s.m, js.scores, CASE WHEN s.m >= 0.5 THEN ru.rule_id END, s.at - interval '40 seconds',
  CASE WHEN w.kind = 'w' THEN 'withdrawn' WHEN w.kind = 'a' THEN NULL
       WHEN s.m >= 0.5 AND s.u_x < 0.35 THEN 'edited' ELSE 'posted_anyway' END,
  CASE WHEN w.kind = 'a' THEN NULL ELSE s.at - interval '5 seconds' END,
  CASE WHEN w.kind = 'p' THEN s.id END
FROM stage s JOIN js ON js.cat = s.cat AND js.m = s.m
LEFT JOIN rules ru ON ru.category = s.cat
JOIN (VALUES ('p'), ('w'), ('a')) AS w(kind)
  ON (w.kind = 'p' AND s.id % 10 = 0)
  OR (w.kind = 'w' AND s.m >= 0.5 AND s.id % 10 = 3)
  OR (w.kind = 'a' AND s.m >= 0.5 AND s.id % 10 = 5)
"""

EVENTS_SQL = """
INSERT INTO pileon_events (target_id, actor_id, kind, comment_id, report_id, at, incident_id)
SELECT ct.creator_id, s.author_id, 'comment', s.id, NULL, s.at, NULL
FROM stage s JOIN contents ct ON ct.id = s.content_id
WHERE s.m >= 0.5 AND ct.creator_id <> s.author_id
ORDER BY s.id
"""


def chunk(connection: Connection, *, lo: int, hi: int, sizes_: dict[str, int]) -> None:
    """Comments lo..hi and everything that follows from them."""
    params = {"lo": lo, "hi": hi, "start": START, "now": NOW,
              "step": dt.timedelta(days=365) / sizes_["comments"],
              "backlog": NOW - dt.timedelta(days=BACKLOG_DAYS), **sizes_}
    connection.execute(text("DROP TABLE IF EXISTS stage"))
    connection.execute(text(_stage_sql()), params)
    for statement in (_comment_sql(), _fanout_sql(), _open_reports_sql(), CHECKS_SQL, EVENTS_SQL):
        connection.execute(text(statement), params)


FINISH = (
    # Appeals reversed: a new decision restores the comment and takes the strike back.
    """CREATE TEMP TABLE reversals AS
       SELECT a.id AS appeal_id, d.id AS decision_id, d.target_id, d.author_id, d.new_status,
              d.lang, a.decided_at, a.decided_by
       FROM appeals a JOIN decisions d ON d.id = a.decision_id WHERE a.status = 'reversed'""",
    """INSERT INTO decisions (target_type, target_id, author_id, action, category, ground, rule,
         explanation, automated_detection, automated_decision, decided_by_type, decided_by, decided_at,
         lang, source, reports_resolved, previous_status, new_status, reverses_id)
       SELECT 'comment', target_id, author_id, 'no_action', NULL, NULL, NULL,
         'Appel accepté : le commentaire est rétabli.', false, 'not_automated', 'user', decided_by,
         decided_at, lang, 'appeal', 0, new_status, 'visible', decision_id FROM reversals""",
    """UPDATE appeals a SET result_decision_id = d.id FROM decisions d
       WHERE d.reverses_id = a.decision_id AND a.status = 'reversed'""",
    """UPDATE strikes s SET revoked_at = d.decided_at, revoked_by_decision_id = d.id
       FROM decisions d WHERE d.reverses_id = s.decision_id""",
    """UPDATE comments c SET status = 'visible', updated_at = r.decided_at
       FROM reversals r WHERE c.id = CAST(r.target_id AS bigint)""",
    # Pile-on incidents: every 500th hurtful event opens one against its target.
    """INSERT INTO pileon_incidents (target_id, opened_at, accounts_at_open, last_event_at, closed_at,
         close_reason, closed_by, reviewed_at)
       SELECT target_id, at, 8, at + interval '20 minutes', at + interval '140 minutes', 'quiet',
         'rempart', CASE WHEN at < CAST(:now AS timestamptz) - interval '3 days'
                         THEN at + interval '1 hour' END
       FROM pileon_events WHERE id % 500 = 0 AND at < CAST(:now AS timestamptz) - interval '20 minutes'""",
    """UPDATE pileon_incidents SET closed_at = NULL, close_reason = NULL, closed_by = NULL
       WHERE id IN (SELECT DISTINCT ON (target_id) id FROM pileon_incidents
                    WHERE opened_at >= CAST(:now AS timestamptz) - interval '1 day'
                    ORDER BY target_id, opened_at DESC)""",
    """UPDATE pileon_events e SET incident_id = i.id FROM pileon_incidents i
       WHERE e.target_id = i.target_id AND e.at >= i.opened_at - interval '30 minutes'
         AND e.at <= i.last_event_at""",
    """UPDATE pileon_incidents i SET accounts_at_open = GREATEST(8, (
         SELECT count(DISTINCT actor_id) FROM pileon_events e WHERE e.incident_id = i.id))""",
    """INSERT INTO pileon_hits (target_id, actor_id, last_at)
       SELECT target_id, actor_id, max(at) FROM pileon_events GROUP BY target_id, actor_id""",
    """INSERT INTO pileon_targets (account_id, last_event_at)
       SELECT target_id, max(at) FROM pileon_events GROUP BY target_id""",
    # A few live claims on the review queue.
    """INSERT INTO review_claims (item_id, moderator_id, claimed_at, expires_at)
       SELECT 'comment:' || target_id, 'user:1', CAST(:now AS timestamptz) - interval '5 minutes',
         CAST(:now AS timestamptz) + interval '25 minutes'
       FROM reports WHERE status = 'open' GROUP BY target_id ORDER BY min(id) LIMIT 10""",
)


def finish(connection: Connection, *, step: Callable[[str], None]) -> None:
    """Reversals, pile-on incidents, hits and targets, claims, then the sequences."""
    for statement in FINISH:
        step(statement.split()[0].lower() + " " + statement.split()[2])
        connection.execute(text(statement), {"now": NOW})
    connection.execute(text(
        "SELECT setval(pg_get_serial_sequence('comments', 'id'), (SELECT max(id) FROM comments))"))
    connection.execute(text(
        "SELECT setval(pg_get_serial_sequence('organisations', 'id'), 2)"))
