"""Every closed vocabulary of docs/data-model.md §6, with labels in English, Russian and Kazakh.

Public API
- ``VOCABS[name]`` -> tuple of codes (closed lists; order is display order).
- ``label(vocab_name, code, lang)`` -> text, falling back to English, then the code.
- ``labels(vocab_name, lang)`` -> [(code, text)] for pick lists.
- ``FAIR_TRIAL_ITEMS`` (ordered, §3.4), ``FAIR_TRIAL_BY_ID``, ``FT_GROUPS`` (A–K).
- ``CONFIDENTIALITY_TLP`` / ``TLP_CONFIDENTIALITY``: the §3.3 marking table.
- ``INCIDENT_HURIDOCS``: incident_type -> HURIDOCS list-4 code(s).
- ``is_huridocs_code(value)``: HURIDOCS codes are OPEN values (any 12-digit string).

Vocabulary names: see ``VOCABS.keys()``; besides the tables of
:mod:`fielddoc.records.vocab_data` there are ``fair_trial_item`` (ids with the
``ft.`` prefix) and ``ft_group`` (``A`` … ``K``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from fielddoc.records.vocab_data import TABLES

LANGS: tuple[str, ...] = ("en", "ru", "kk")

HURIDOCS_RE = re.compile(r"\A[0-9]{12}\Z")


def is_huridocs_code(value: object) -> bool:
    """True for a HURIDOCS micro-thesaurus code: exactly 12 ASCII digits."""
    return isinstance(value, str) and HURIDOCS_RE.match(value) is not None


@dataclass(frozen=True)
class FTGroup:
    code: str
    right: str  # the provisions, e.g. "ICCPR 14(1); HRC GC32 §§19-22"
    labels: Mapping[str, str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(_lang(lang)) or self.labels["en"]


@dataclass(frozen=True)
class FairTrialItem:
    id: str  # stored id, with the "ft." prefix
    group: str  # "A" … "K"
    right: str  # provision(s) the item tests
    expected: str | None  # compliant answer ("yes" / "no"); None = informational
    labels: Mapping[str, str]
    level: str = "hearing"  # "hearing": observable in court; "case": known from the file or interviews
    replaced_by: tuple[str, ...] = ()  # a retired item (kept readable): the items that replace it

    def label(self, lang: str = "en") -> str:
        return self.labels.get(_lang(lang)) or self.labels["en"]


def _lbl(en: str, ru: str, kk: str) -> Mapping[str, str]:
    return MappingProxyType({"en": en, "ru": ru, "kk": kk})


_G = FTGroup
FT_GROUPS: dict[str, FTGroup] = {
    g.code: g
    for g in (
        _G("A", "ICCPR 14(1); HRC GC32 §§19-22", _lbl(
            "Independent and impartial tribunal", "Независимый и беспристрастный суд",
            "Тәуелсіз және бейтарап сот")),
        _G("B", "ICCPR 14(1); HRC GC32 §§28-29", _lbl(
            "Public hearing", "Публичное разбирательство", "Ашық сот талқылауы")),
        _G("C", "ICCPR 14(3)(a), 14(3)(b); HRC GC32 §§31-33", _lbl(
            "Fair hearing; adequate time and facilities",
            "Справедливое разбирательство; достаточное время и возможности",
            "Әділ сот талқылауы; жеткілікті уақыт пен мүмкіндік")),
        _G("D", "ICCPR 14(3)(d); HRC GC32 §36", _lbl("Presence of the accused", "Присутствие обвиняемого",
                                       "Айыпталушының қатысуы")),
        _G("E", "ICCPR 14(2), 14(3)(g); HRC GC32 §§30, 41", _lbl(
            "Presumption of innocence; no compelled self-incrimination",
            "Презумпция невиновности; право не свидетельствовать против себя",
            "Кінәсіздік презумпциясы; өзіне қарсы айғақ бермеу құқығы")),
        _G("F", "ICCPR 7, 14(3)(g); CAT 15; HRC GC20 §12", _lbl(
            "Evidence obtained by torture", "Доказательства, полученные под пытками",
            "Азаптау арқылы алынған дәлелдемелер")),
        _G("G", "ICCPR 14(1), 14(3)(e); HRC GC32 §§13, 39", _lbl(
            "Equality of arms", "Равенство сторон", "Тараптардың теңдігі")),
        _G("H", "ICCPR 14(3)(b), 14(3)(d); HRC GC32 §§32, 34, 37-38", _lbl(
            "Right to counsel", "Право на защитника",
                                                 "Қорғаушы алу құқығы")),
        _G("I", "ICCPR 14(3)(a), 14(3)(f); HRC GC32 §40", _lbl(
            "Right to an interpreter", "Право на переводчика",
                                                 "Аудармашы алу құқығы")),
        _G("J", "ICCPR 14(1), 14(5); HRC GC32 §§29, 48-49", _lbl(
            "Judgment", "Приговор (решение)", "Сот шешімі (үкім)")),
        _G("K", "ICCPR 9, 14(3)(c); HRC GC35; HRC GC32 §35", _lbl(
            "Delay and detention", "Сроки и содержание под стражей",
                                                  "Мерзімдер және қамауда ұстау")),
    )
}


def _item(item_id: str, group: str, expected: str | None, en: str, ru: str, kk: str,
          right: str | None = None, *, level: str = "hearing",
          replaced_by: tuple[str, ...] = ()) -> FairTrialItem:
    return FairTrialItem("ft." + item_id, group, right or FT_GROUPS[group].right, expected, _lbl(en, ru, kk),
                         level, tuple("ft." + r for r in replaced_by))


_CASE = "case"


FAIR_TRIAL_ITEMS: tuple[FairTrialItem, ...] = (
    _item("tribunal.established_by_law", "A", "yes",
          "The court is established by law and competent for the case",
          "Суд создан законом и компетентен рассматривать дело",
          "Сот заң негізінде құрылған және істі қарауға құзыретті"),
    _item("tribunal.external_communication_to_judge", "A", "no",
          "Someone outside the proceedings communicated with the judge",
          "Посторонние лица общались с судьёй",
          "Процеске қатыспайтын адамдар судьямен байланысты",
          level=_CASE),
    _item("tribunal.bias_conduct", "A", "no",
          "The judge's conduct showed bias", "Поведение судьи указывало на предвзятость",
          "Судьяның мінез-құлқы біржақтылықты көрсетті"),
    _item("public.schedule_published", "B", "yes",
          "The hearing schedule was published", "График заседаний был опубликован",
          "Отырыстар кестесі жарияланды"),
    _item("public.public_admitted", "B", "yes",
          "The public was admitted", "Публика была допущена", "Көпшілік залға жіберілді"),
    _item("public.monitors_admitted", "B", "yes",
          "Monitors were admitted", "Наблюдатели были допущены", "Бақылаушылар залға жіберілді"),
    _item("public.closure_reasoned", "B", "yes",
          "Closure of the hearing was reasoned (only if closed)",
          "Закрытие заседания было мотивировано (только если закрыто)",
          "Отырысты жабу дәлелденді (тек жабық болса)"),
    _item("public.media_recording_allowed", "B", None,
          "Media recording was allowed (for information)",
          "Съёмка и запись для СМИ разрешены (для сведения)",
          "БАҚ-қа түсіруге рұқсат етілді (мәлімет үшін)"),
    _item("public.audible", "B", "yes",
          "The public could hear the proceedings", "Публике было слышно происходящее",
          "Көпшілікке сот барысы естілді", "ICCPR 14(1); HRC GC32 §28"),
    _item("public.court_recording", "B", None,
          "The court made its own audio or video recording (for information)",
          "Суд вёл собственную аудио- или видеозапись (для сведения)",
          "Сот өз аудио- немесе бейнежазбасын жүргізді (мәлімет үшін)"),
    _item("fair.informed_of_charge", "C", "yes",
          "The accused was informed of the charge in detail, in a language they understand",
          "Обвиняемому подробно сообщили суть обвинения на понятном ему языке",
          "Айыпталушыға айыптың мәні өзі түсінетін тілде толық хабарланды", "ICCPR 14(3)(a); HRC GC32 §31"),
    _item("fair.rights_explained", "C", "yes",
          "The court explained the accused's rights", "Суд разъяснил обвиняемому его права",
          "Сот айыпталушыға оның құқықтарын түсіндірді", "ICCPR 14(3); HRC GC32 §31"),
    _item("fair.adequate_time", "C", "yes",
          "The defence had adequate time to prepare", "У защиты было достаточно времени для подготовки",
          "Қорғау тарабында дайындалуға жеткілікті уақыт болды", "ICCPR 14(3)(b); HRC GC32 §32"),
    _item("fair.adequate_facilities", "C", "yes",
          "The defence had access to the case file and evidence",
          "Защита имела доступ к материалам дела и доказательствам",
          "Қорғау тарабы іс материалдары мен дәлелдемелермен таныса алды", "ICCPR 14(3)(b); HRC GC32 §33"),
    _item("fair.adequate_time_facilities", "C", "yes",
          "Adequate time and facilities for the defence (file access, time to read the indictment)",
          "Достаточное время и возможности для защиты (доступ к делу, время на изучение обвинения)",
          "Қорғануға жеткілікті уақыт пен мүмкіндік (іс материалдарымен танысу, айыптау актісін оқу)",
          replaced_by=("fair.adequate_time", "fair.adequate_facilities")),
    _item("fair.motions_ruled_reasoned", "C", "yes",
          "Motions were ruled on with reasons", "Ходатайства разрешены мотивированно",
          "Өтінішхаттар дәлелді түрде шешілді"),
    _item("presence.accused_present", "D", "yes",
          "The accused was present", "Обвиняемый присутствовал", "Айыпталушы қатысты"),
    _item("presence.cage_or_glass_box", "D", "no",
          "The accused was held in a cage or glass box",
          "Обвиняемый находился в клетке или стеклянной кабине",
          "Айыпталушы темір торда немесе шыны кабинада болды", "ICCPR 14(2), 10(1); HRC GC32 §30"),
    _item("presence.restraints_without_reason", "D", "no",
          "Restraints were used without an individual reason",
          "Наручники применялись без индивидуального обоснования",
          "Кісен жеке негізсіз қолданылды", "ICCPR 14(2), 10(1); HRC GC32 §30"),
    _item("presence.dock_cage", "D", "no",
          "Cage, glass box or restraints without an individual reason",
          "Клетка, стеклянная кабина или наручники без индивидуального обоснования",
          "Жеке негізсіз темір тор, шыны кабина немесе кісен",
          replaced_by=("presence.cage_or_glass_box", "presence.restraints_without_reason")),
    _item("poi.official_prejudicial_statements", "E", "no",
          "Officials made statements prejudging guilt",
          "Должностные лица делали заявления, предрешающие виновность",
          "Лауазымды тұлғалар кінәні алдын ала шешетін мәлімдемелер жасады", "ICCPR 14(2); HRC GC32 §30",
          level=_CASE),
    _item("poi.compelled_confession_alleged", "E", None,
          "A compelled confession was alleged (for information)",
          "Заявлено о вынужденном признании (для сведения)",
          "Мәжбүрлі түрде мойындату туралы мәлімделді (мәлімет үшін)", "ICCPR 14(3)(g); HRC GC32 §41"),
    _item("torture.allegation_raised", "F", None,
          "An allegation of torture was raised (for information)",
          "Было заявлено о пытках (для сведения)", "Азаптау туралы мәлімделді (мәлімет үшін)"),
    _item("torture.court_ordered_investigation", "F", "yes",
          "The court ordered an investigation of the allegation",
          "Суд распорядился проверить заявление", "Сот мәлімдемені тексеруді тапсырды"),
    _item("torture.evidence_relied_on", "F", "no",
          "The court relied on evidence allegedly obtained by torture",
          "Суд опирался на доказательства, предположительно полученные под пытками",
          "Сот азаптау арқылы алынған деп болжанатын дәлелдемелерге сүйенді"),
    _item("torture.ruling_on_evidence", "F", "yes",
          "The court ruled on whether evidence allegedly obtained by torture is admissible",
          "Суд вынес решение о допустимости доказательств, предположительно полученных под пытками",
          "Сот азаптау арқылы алынған деп болжанатын дәлелдемелердің жарамдылығы туралы шешім шығарды",
          "CAT 15; ICCPR 7, 14(3)(g); HRC GC32 §41"),
    _item("eoa.defence_witnesses_admitted", "G", "yes",
          "Defence witnesses were admitted", "Свидетели защиты были допущены",
          "Қорғау тарабының куәгерлері жіберілді"),
    _item("eoa.cross_examination_possible", "G", "yes",
          "The defence could question prosecution witnesses (including anonymous ones)",
          "Защита могла допросить свидетелей обвинения (в том числе анонимных)",
          "Қорғау тарабы айыптау куәгерлеріне (жасырын куәгерлерді қоса) сұрақ қоя алды"),
    _item("eoa.evidence_examined_in_court", "G", "yes",
          "Evidence was examined in court", "Доказательства исследовались в суде",
          "Дәлелдемелер сотта зерттелді"),
    _item("eoa.expert_evidence_challengeable", "G", "yes",
          "The defence could challenge the expert evidence", "Защита могла оспорить заключение эксперта",
          "Қорғау тарабы сараптама қорытындысына дау айта алды", "ICCPR 14(1), 14(3)(e); HRC GC32 §39"),
    _item("eoa.witness_intimidation_or_retraction", "G", "no",
          "A witness reported intimidation or retracted earlier testimony",
          "Свидетель сообщил о давлении или отказался от прежних показаний",
          "Куәгер қысым көрсетілгенін айтты немесе бұрынғы айғақтарынан бас тартты",
          "ICCPR 14(1), 14(3)(e); HRC GC32 §39"),
    _item("counsel.present", "H", "yes",
          "Defence counsel was present", "Защитник присутствовал", "Қорғаушы қатысты"),
    _item("counsel.of_choice", "H", "yes",
          "Counsel of the accused's own choosing", "Защитник по выбору обвиняемого",
          "Айыпталушы өзі таңдаған қорғаушы"),
    _item("counsel.confidential_communication", "H", "yes",
          "Confidential communication with counsel was possible",
          "Конфиденциальное общение с защитником было возможно",
          "Қорғаушымен оңаша сөйлесу мүмкін болды"),
    _item("counsel.access_from_arrest", "H", "yes",
          "Access to counsel from the moment of arrest", "Доступ к защитнику с момента задержания",
          "Ұсталған сәттен бастап қорғаушыға қол жеткізу",
          level=_CASE),
    _item("interp.needed", "I", None,
          "An interpreter was needed (for information)", "Требовался переводчик (для сведения)",
          "Аудармашы қажет болды (мәлімет үшін)", "ICCPR 14(3)(f)"),
    _item("interp.provided", "I", "yes",
          "An interpreter was provided where needed", "При необходимости был предоставлен переводчик",
          "Қажет болған кезде аудармашы берілді", "ICCPR 14(3)(f); HRC GC32 §40"),
    _item("interp.needed_provided", "I", "yes",
          "An interpreter was provided where needed", "При необходимости был предоставлен переводчик",
          "Қажет болған кезде аудармашы берілді", replaced_by=("interp.provided",)),
    _item("judgment.pronounced_publicly", "J", "yes",
          "The judgment was pronounced publicly", "Приговор оглашён публично",
          "Үкім көпшілік алдында жарияланды", "ICCPR 14(1)"),
    _item("fair.last_word", "J", "yes",
          "The accused was given the last word", "Обвиняемому было предоставлено последнее слово",
          "Айыпталушыға соңғы сөз берілді", "ICCPR 14(1), 14(3)(d)"),
    _item("judgment.reasoned", "J", "yes",
          "The judgment was reasoned", "Приговор мотивирован", "Үкім дәлелді"),
    _item("judgment.copy_timely", "J", "yes",
          "A copy of the judgment was provided in time", "Копия приговора вручена своевременно",
          "Үкімнің көшірмесі уақтылы табыс етілді",
          level=_CASE),
    _item("delay.undue", "K", "no",
          "Undue delay in the proceedings", "Неоправданная задержка разбирательства",
          "Іс жүргізудің негізсіз созылуы", "ICCPR 14(3)(c)",
          level=_CASE),
    _item("dt.informed_of_reasons", "K", "yes",
          "Informed promptly of the reasons for arrest", "Незамедлительно сообщено о причинах задержания",
          "Ұстау себептері дереу хабарланды", "ICCPR 9(2)",
          level=_CASE),
    _item("dt.prompt_judicial_appearance", "K", "yes",
          "Brought promptly before a judge", "Незамедлительно доставлен к судье",
          "Судьяға дереу жеткізілді", "ICCPR 9(3)",
          level=_CASE),
    _item("dt.pretrial_detention_individually_reasoned", "K", "yes",
          "Pre-trial detention was individually reasoned",
          "Содержание под стражей до суда индивидуально обосновано",
          "Сотқа дейін қамауда ұстау жеке негізделді", "ICCPR 9(3)",
          level=_CASE),
    _item("dt.family_notified", "K", "yes",
          "The family was notified", "Семья уведомлена", "Отбасына хабарланды",
          "ICCPR 9; Body of Principles 16",
          level=_CASE),
    _item("dt.medical_exam", "K", "yes",
          "A medical examination was provided", "Проведено медицинское освидетельствование",
          "Медициналық куәландыру жүргізілді", "ICCPR 7, 10; Body of Principles 24",
          level=_CASE),
)
#: Every item a stored answer may name, the retired ones included (they stay readable).
FAIR_TRIAL_BY_ID: dict[str, FairTrialItem] = {i.id: i for i in FAIR_TRIAL_ITEMS}
#: Retired items (split or renamed, docs/record-upgrades.md): readable, no longer asked.
FAIR_TRIAL_RETIRED: tuple[FairTrialItem, ...] = tuple(i for i in FAIR_TRIAL_ITEMS if i.replaced_by)
FAIR_TRIAL_ITEMS = tuple(i for i in FAIR_TRIAL_ITEMS if not i.replaced_by)


def fair_trial_items(level: str) -> tuple[FairTrialItem, ...]:
    """The items asked at ``level`` ("hearing" or "case"), in order."""
    return tuple(i for i in FAIR_TRIAL_ITEMS if i.level == level)

# Confidentiality and its TLP 2.0 marking (§3.3): a one-to-one table.
CONFIDENTIALITY_TLP: dict[str, str] = {
    "public": "CLEAR",
    "partners": "GREEN",
    "organisation": "AMBER",
    "restricted": "AMBER+STRICT",
    "device_only": "RED",
}
TLP_CONFIDENTIALITY: dict[str, str] = {v: k for k, v in CONFIDENTIALITY_TLP.items()}

# incident_type -> HURIDOCS list-4 ("type of act") code(s). "killing" is the
# whole 0101 branch in the project brief; its head code stands for it here.
INCIDENT_HURIDOCS: dict[str, tuple[str, ...]] = {
    "killing": ("010100000000",),
    "use_of_force_against_assembly": ("010105010000", "120105000000"),
    "assault": ("020101000000",),
    "torture_ill_treatment": ("020111110000",),
    "threat_intimidation": ("020103010000",),
    "surveillance": ("020103030000",),
    "search_of_premises": ("040101000000", "120102000000"),
    "confiscation": ("130107000000",),
    "arbitrary_arrest": ("030101000000",),
    "abduction": ("030104000000",),
    "attempted_abduction": ("030104000000",),
    "disappearance": ("030103000000",),
    "censorship": ("100101000000",),
    "assembly_ban": ("120106000000",),
    "dismissal_for_union_activity": ("300104030100",),
    "travel_restriction": ("050106000000",),
}

# Optional Admiralty -> HURIDOCS list 42 mapping (the project brief: "my own, not official").
ADMIRALTY_TO_HURIDOCS_42: dict[str, str] = {
    "A": "010000000000", "B": "020000000000", "C": "030000000000",
    "D": "040000000000", "E": "050000000000", "F": "990000000000",
}

# -- lookup tables ------------------------------------------------------------
_LABELS: dict[str, dict[str, dict[str, str]]] = {
    name: {code: {"en": en, "ru": ru, "kk": kk} for code, en, ru, kk in rows}
    for name, rows in TABLES.items()
}
_LABELS["fair_trial_item"] = {i.id: dict(i.labels) for i in (*FAIR_TRIAL_ITEMS, *FAIR_TRIAL_RETIRED)}
_LABELS["ft_group"] = {g.code: dict(g.labels) for g in FT_GROUPS.values()}

VOCABS: dict[str, tuple[str, ...]] = {name: tuple(codes) for name, codes in _LABELS.items()}
_SETS: dict[str, frozenset[str]] = {name: frozenset(codes) for name, codes in VOCABS.items()}


def _lang(lang: str) -> str:
    """'ru_RU', 'kk-KZ', 'KK' -> 'ru', 'kk', 'kk'."""
    return lang.replace("_", "-").split("-", 1)[0].lower() if isinstance(lang, str) else "en"


def is_code(vocab_name: str, code: object) -> bool:
    """True if ``code`` is a member of the closed vocabulary ``vocab_name``."""
    codes = _SETS.get(vocab_name)
    return codes is not None and isinstance(code, str) and code in codes


def label(vocab_name: str, code: str, lang: str = "en") -> str:
    """The label of ``code`` in ``lang``; English if missing, else the code itself."""
    entry = _LABELS.get(vocab_name, {}).get(code) if isinstance(code, str) else None
    if not entry:
        return str(code)
    return entry.get(_lang(lang)) or entry.get("en") or str(code)


def labels(vocab_name: str, lang: str = "en") -> list[tuple[str, str]]:
    """[(code, label)] of a vocabulary in display order, for pick lists."""
    return [(code, label(vocab_name, code, lang)) for code in VOCABS.get(vocab_name, ())]


def all_labels(vocab_name: str, code: str) -> dict[str, str]:
    """Every language's label of one code (empty if the code is unknown)."""
    return dict(_LABELS.get(vocab_name, {}).get(code, {}))
