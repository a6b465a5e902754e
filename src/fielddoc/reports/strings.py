"""The report catalogue (en / ru / kk) and locale formatting of dates, times and numbers.

Vocabulary values (instances, answers, verdicts, …) are NOT here: they come
from :func:`fielddoc.records.vocab.label`. This file holds only the words a
report adds around the data. ``t(key, lang, **params)`` falls back to English,
then to the key, so a missing translation never breaks a report.
"""

from __future__ import annotations

import re
from typing import Any

LANGS = ("en", "ru", "kk")

_S: dict[str, tuple[str, str, str]] = {
    # titles
    "report.hearing": ("Hearing report", "Отчёт о судебном заседании", "Сот отырысы туралы есеп"),
    "report.case": ("Case summary", "Сводка по делу", "Іс бойынша жиынтық"),
    "report.period": ("Period report", "Отчёт за период", "Кезең бойынша есеп"),
    "period.range": ("{start} – {end}", "{start} – {end}", "{start} – {end}"),
    "period.open_start": ("up to {end}", "по {end}", "{end} дейін"),
    "period.open_end": ("from {start}", "с {start}", "{start} бастап"),
    "generated": ("Generated on {date} with FieldDoc {version}", "Создан {date} в FieldDoc {version}",
                  "{date} FieldDoc {version} бағдарламасында жасалды"),
    "page": ("Page {n} of {total}", "Страница {n} из {total}", "{n}-бет, барлығы {total}"),
    # TLP 2.0 meanings (FIRST, CC0), our own wording in ru/kk
    "tlp.CLEAR": ("Disclosure is not limited.", "Распространение не ограничено.", "Таратуға шектеу жоқ."),
    "tlp.GREEN": ("Limited disclosure: recipients may share it within their community, not publicly.",
                  "Ограниченное распространение: в пределах сообщества получателя, не публично.",
                  "Шектеулі тарату: алушының қауымдастығы ішінде ғана, көпшілікке емес."),
    "tlp.AMBER": ("Limited disclosure: the recipient's organisation and those who need to know.",
                  "Ограниченное распространение: организация получателя и те, кому это необходимо знать.",
                  "Шектеулі тарату: алушының ұйымы және білуі қажет адамдар ғана."),
    "tlp.AMBER+STRICT": ("Limited disclosure: the recipient's organisation only.",
                         "Ограниченное распространение: только организация получателя.",
                         "Шектеулі тарату: тек алушының ұйымы."),
    "tlp.RED": ("For the named recipients only; contains device-only records.",
                "Только для названных получателей; содержит записи «только на устройстве».",
                "Тек аталған алушыларға арналған; «тек құрылғыда» жазбалары бар."),
    # sections
    "sec.case_court": ("Case and court", "Дело и суд", "Іс және сот"),
    "sec.times": ("Date and times", "Дата и время", "Күні мен уақыты"),
    "sec.parties": ("Parties present", "Участники заседания", "Отырысқа қатысушылар"),
    "sec.access": ("Public access and monitors", "Открытость заседания и наблюдатели",
                   "Отырыстың ашықтығы және бақылаушылар"),
    "sec.proceedings": ("What happened", "Ход заседания", "Отырыстың барысы"),
    "sec.checklist": ("Fair-trial checklist", "Контрольный перечень справедливого суда",
                      "Әділ сот талаптарының тізімі"),
    "sec.narrative": ("Narrative", "Описание", "Сипаттама"),
    "sec.attachments": ("Attachments", "Вложения", "Тіркемелер"),
    "sec.sources": ("Sources", "Источники", "Дереккөздер"),
    "sec.contacts": ("Contact details", "Контактные данные", "Байланыс деректері"),
    "sec.data_notes": ("Notes on the data", "Примечания к данным", "Деректерге ескертпелер"),
    "sec.case": ("The case", "Дело", "Іс"),
    "sec.charges": ("Charges", "Обвинения", "Айыптаулар"),
    "sec.timeline": ("Timeline of hearings and detentions", "Хронология заседаний и задержаний",
                     "Отырыстар мен ұстаулар хронологиясы"),
    "sec.concerns": ("Fair-trial concerns by right", "Поводы для озабоченности по правам справедливого суда",
                     "Әділ сот құқықтары бойынша алаңдаушылықтар"),
    "sec.concern_list": ("Observations of concern", "Наблюдения, вызывающие озабоченность",
                         "Алаңдаушылық туғызған бақылаулар"),
    "sec.verdicts": ("Verdicts", "Приговоры", "Үкімдер"),
    "sec.statistics": ("Statistics", "Статистика", "Статистика"),
    "sec.hearings": ("Hearings", "Судебные заседания", "Сот отырыстары"),
    "sec.incidents": ("Incidents", "Инциденты", "Оқиғалар"),
    "sec.detentions": ("Detentions", "Задержания", "Ұстаулар"),
    # field labels
    "f.case": ("Case", "Дело", "Іс"),
    "f.case_number": ("Official case number", "Номер дела", "Істің ресми нөмірі"),
    "f.case_type": ("Type of proceedings", "Вид производства", "Іс жүргізу түрі"),
    "f.stage": ("Stage", "Стадия", "Сатысы"),
    "f.opened": ("Opened", "Дело возбуждено / начато", "Іс қозғалған күн"),
    "f.judgment": ("First-instance judgment", "Приговор первой инстанции", "Бірінші сатыдағы үкім"),
    "f.outcome": ("Outcome", "Итог", "Нәтижесі"),
    "f.court": ("Court", "Суд", "Сот"),
    "f.venue": ("Venue", "Место проведения", "Өткізілген орны"),
    "f.courtroom": ("Courtroom", "Зал", "Зал"),
    "f.instance": ("Instance", "Инстанция", "Саты"),
    "f.hearing_type": ("Type of hearing", "Вид заседания", "Отырыс түрі"),
    "f.status": ("Status", "Статус", "Мәртебесі"),
    "f.languages": ("Languages of the proceedings", "Языки судопроизводства", "Сот ісін жүргізу тілдері"),
    "f.date": ("Date", "Дата", "Күні"),
    "f.scheduled_start": ("Scheduled start", "Назначенное начало", "Белгіленген басталу уақыты"),
    "f.actual_start": ("Actual start", "Фактическое начало", "Нақты басталуы"),
    "f.actual_end": ("End", "Окончание", "Аяқталуы"),
    "f.adjourned_to": ("Adjourned to", "Отложено до", "Кейінге қалдырылған күн"),
    "f.adjournment_reason": ("Reason for adjournment", "Причина отложения", "Кейінге қалдыру себебі"),
    "f.presiding_judge": ("Presiding judge", "Председательствующий судья", "Төрағалық етуші судья"),
    "f.panel": ("Other judges", "Другие судьи", "Басқа судьялар"),
    "f.jury": ("Jury", "Присяжные", "Алқабилер"),
    "f.prosecutors": ("Prosecutors", "Прокуроры", "Прокурорлар"),
    "f.interpreter": ("Interpreter", "Переводчик", "Аудармашы"),
    "f.access_status": ("Public access", "Доступ публики", "Көпшіліктің кіруі"),
    "f.pass_required": ("Pass required", "Требовался пропуск", "Рұқсатнама талап етілді"),
    "f.seats": ("Seats for the public", "Мест для публики", "Көпшілікке арналған орын"),
    "f.attendance": ("Attendance (estimate)", "Присутствовало (оценка)", "Қатысқандар (шамамен)"),
    "f.overflow_room": ("Overflow room", "Дополнительный зал с трансляцией", "Трансляциясы бар қосымша зал"),
    "f.denied": ("People turned away", "Не допущено человек", "Кіргізілмеген адамдар"),
    "f.access_note": ("Note on access", "Примечание о доступе", "Кіру туралы ескертпе"),
    "f.media_present": ("Media present", "Присутствовали СМИ", "БАҚ қатысты"),
    "f.recording": ("Recording allowed", "Съёмка разрешена", "Түсіруге рұқсат"),
    "f.media_note": ("Note on the media", "Примечание о СМИ", "БАҚ туралы ескертпе"),
    "f.security": ("Security presence", "Охрана и силовые структуры", "Күзет және күш құрылымдары"),
    "f.conditions": ("Conditions", "Условия", "Жағдайлар"),
    "f.torture": ("Allegation of torture", "Заявление о пытках", "Азаптау туралы мәлімдеме"),
    "f.torture_raised_by": ("Raised by", "Заявил(а)", "Мәлімдеген"),
    "f.court_response": ("Response of the court", "Реакция суда", "Соттың жауабы"),
    "f.notes": ("Notes", "Примечания", "Ескертпелер"),
    "f.marking": ("Marking", "Гриф", "Белгі"),
    # table headers
    "h.name": ("Name", "Имя", "Аты-жөні"),
    "h.presence": ("Presence", "Присутствие", "Қатысуы"),
    "h.custody": ("In custody", "Под стражей", "Қамауда"),
    "h.dock": ("Dock", "Место в зале", "Залдағы орны"),
    "h.restraints": ("Restraints", "Наручники", "Кісен"),
    "h.note": ("Note", "Примечание", "Ескертпе"),
    "h.counsel": ("Defence counsel", "Защитник", "Қорғаушы"),
    "h.clients": ("For", "Подзащитные", "Кімді қорғады"),
    "h.appointment": ("Appointment", "Основание участия", "Қатысу негізі"),
    "h.witness": ("Witness", "Свидетель", "Куәгер"),
    "h.called_by": ("Called by", "Вызван стороной", "Шақырған тарап"),
    "h.monitor": ("Monitor", "Наблюдатель", "Бақылаушы"),
    "h.organisation": ("Organisation", "Организация", "Ұйым"),
    "h.admission": ("Admission", "Допуск", "Кіргізу"),
    "h.defendant": ("Defendant", "Подсудимый", "Сотталушы"),
    "sec.defendants": ("Defendants across the hearings", "Подсудимые по всем заседаниям",
                       "Барлық отырыстар бойынша сотталушылар"),
    "h.charges": ("Charges", "Обвинения", "Айыптар"),
    "h.allegations": ("Torture allegations", "Заявления о пытках", "Азаптау туралы мәлімдемелер"),
    "h.verdict": ("Verdict", "Приговор", "Үкім"),
    "h.alleged_by": ("Person alleging", "Заявитель о пытках", "Азаптау туралы мәлімдеген адам"),
    "h.phase": ("When", "Когда", "Қашан"),
    "h.methods": ("Methods", "Методы", "Әдістер"),
    "h.perpetrators": ("Alleged perpetrators", "Предполагаемые исполнители", "Болжамды орындаушылар"),
    "w.none_raised": ("None raised", "Не заявлялось", "Мәлімделмеді"),
    "h.time": ("Time", "Время", "Уақыты"),
    "h.event": ("Event", "Событие", "Оқиға"),
    "h.by": ("By", "Кто", "Кім"),
    "h.speaker": ("Speaker", "Говорящий", "Сөйлеуші"),
    "h.language": ("Language", "Язык", "Тілі"),
    "h.words": ("Words, verbatim", "Слова, дословно", "Сөздер, сөзбе-сөз"),
    "h.motion_by": ("Motion by", "Ходатайство стороны", "Өтінішхат берген"),
    "h.subject": ("Subject", "Предмет", "Мәні"),
    "h.ruling": ("Ruling", "Решение", "Шешім"),
    "h.reason": ("Reason given", "Мотивировка", "Дәлелдеме"),
    "h.item": ("Question", "Вопрос", "Сұрақ"),
    "h.answer": ("Answer", "Ответ", "Жауап"),
    "h.assessment": ("Assessment", "Оценка", "Бағалау"),
    "h.title": ("Title", "Название", "Атауы"),
    "h.file": ("File", "Файл", "Файл"),
    "h.role": ("Role", "Роль", "Рөлі"),
    "h.sha256": ("SHA-256", "SHA-256", "SHA-256"),
    "h.publisher": ("Publisher", "Издатель", "Жариялаушы"),
    "h.result": ("Result", "Решение", "Шешімі"),
    "h.sentence": ("Sentence", "Наказание", "Жаза"),
    "h.article": ("Article", "Статья", "Бап"),
    "h.charge": ("Charge", "Обвинение", "Айыптау"),
    "h.outcome": ("Outcome", "Итог", "Нәтижесі"),
    "h.date": ("Date", "Дата", "Күні"),
    "h.person": ("Person", "Лицо", "Тұлға"),
    "h.procedure": ("Procedure", "Производство", "Іс жүргізу"),
    "h.custody_place": ("Place of custody", "Место содержания", "Ұстау орны"),
    "h.release": ("Release", "Освобождение", "Босатылуы"),
    "h.type": ("Type", "Вид", "Түрі"),
    "h.location": ("Place", "Место", "Орны"),
    "h.casualties": ("Casualties", "Пострадавшие", "Зардап шеккендер"),
    "h.hearing": ("Hearing", "Заседание", "Отырыс"),
    "h.concerns": ("Concerns", "Поводы для озабоченности", "Алаңдаушылық тудырған жайттар"),
    "h.right": ("Right", "Право", "Құқық"),
    "h.count": ("Number", "Количество", "Саны"),
    "h.contact": ("Contact", "Контакт", "Байланыс"),
    "h.record": ("Record", "Запись", "Жазба"),
    "h.fields": ("Fields", "Поля", "Өрістер"),
    # timeline events
    "ev.hearing": ("Hearing: {what}", "Заседание: {what}", "Отырыс: {what}"),
    "ev.apprehended": ("{person} apprehended", "Задержание: {person}", "{person} ұсталды"),
    "ev.before_judge": ("{person} brought before a judge", "{person}: доставлен(а) к судье",
                        "{person} судьяға жеткізілді"),
    "ev.review": ("Judicial review of the detention of {person}: {outcome}",
                  "Судебная проверка содержания под стражей ({person}): {outcome}",
                  "{person} қамауда ұсталуын сот тексерді: {outcome}"),
    "ev.custody": ("{person} held at {place}", "{person}: содержание в месте «{place}»",
                   "{person} ұсталған орын: {place}"),
    "ev.released": ("{person} released ({how})", "{person}: освобождение ({how})",
                    "{person} босатылды ({how})"),
    "ev.opened": ("Case opened", "Возбуждение дела", "Іс қозғалды"),
    "ev.judgment": ("First-instance judgment", "Приговор первой инстанции", "Бірінші сатыдағы үкім"),
    # charts
    "chart.concerns": ("Fair-trial concerns by right",
                       "Поводы для озабоченности по правам справедливого суда",
                       "Әділ сот құқықтары бойынша алаңдаушылық"),
    "chart.violation": ("Apparent violation", "Признаки нарушения", "Бұзушылық белгілері"),
    "chart.concern": ("Concern", "Вызывает озабоченность", "Алаңдаушылық туғызады"),
    "chart.differs": ("Answer differs from the expected one (not yet assessed)",
                      "Ответ отличается от ожидаемого (ещё не оценено)",
                      "Жауап күтілгеннен өзгеше (әлі бағаланбаған)"),
    "chart.per_month": ("Hearings per month", "Заседания по месяцам", "Айлар бойынша отырыстар"),
    "chart.per_year": ("Hearings per year", "Заседания по годам", "Жылдар бойынша отырыстар"),
    "chart.incident_types": ("Incidents by type", "Инциденты по видам", "Түрлері бойынша оқиғалар"),
    "chart.facilities": ("Detentions by place of custody", "Задержания по местам содержания",
                         "Ұстау орындары бойынша ұстаулар"),
    "chart.empty": ("Nothing to show.", "Нет данных.", "Көрсететін дерек жоқ."),
    # statistics
    "stat.hearings": ("Hearings", "Заседаний", "Отырыстар"),
    "stat.incidents": ("Incidents", "Инцидентов", "Оқиғалар"),
    "stat.detentions": ("Detentions", "Задержаний", "Ұстаулар"),
    "stat.observations": ("Fair-trial observations", "Наблюдений по справедливому суду",
                          "Әділ сот бойынша бақылаулар"),
    "stat.concerns": ("Of which of concern or apparent violations",
                      "Из них вызывающих озабоченность или с признаками нарушения",
                      "Оның ішінде алаңдаушылық туғызған немесе бұзушылық белгілері барлар"),
    "stat.killed": ("Killed", "Погибших", "Қаза тапқандар"),
    "stat.injured": ("Injured", "Раненых", "Жарақат алғандар"),
    "stat.detained": ("Detained", "Задержанных", "Ұсталғандар"),
    # words
    "w.none": ("None recorded.", "Не указано.", "Көрсетілмеген."),
    "w.withheld": ("[withheld: device-only record]", "[скрыто: запись только на устройстве]",
                   "[жасырылды: тек құрылғыдағы жазба]"),
    "w.unknown_ref": ("[unknown record {id}]", "[неизвестная запись {id}]", "[белгісіз жазба {id}]"),
    "w.case_level": ("Whole case", "Дело в целом", "Іс толығымен"),
    "w.years": ("{n} {years}", "{n} {years}", "{n} жыл"),
    "w.days": ("{n} {days}", "{n} {days}", "{n} күн"),
    "w.months": ("{n} {months}", "{n} {months}", "{n} ай"),
    "w.fine": ("fine of {amount} {unit}", "штраф {amount} {unit}", "{amount} {unit} айыппұл"),
    "w.probation": ("probation {n} {months}", "испытательный срок {n} {months}", "сынақ мерзімі {n} ай"),
    "w.suspended": ("suspended", "условно", "шартты түрде"),
    "w.confiscation": ("with confiscation of property", "с конфискацией имущества", "мүлкі тәркіленіп"),
    "w.group_of": ("group of {n}", "группа из {n} чел.", "{n} адамнан тұратын топ"),
    "w.yes": ("yes", "да", "иә"),
    "w.no": ("no", "нет", "жоқ"),
    "w.estimate": ("c. {value}", "ок. {value}", "шамамен {value}"),
    "w.unknown": ("unknown", "неизвестно", "белгісіз"),
    "w.ongoing": ("ongoing", "продолжается", "жалғасуда"),
    "w.needed": ("needed", "требовался", "қажет болды"),
    "w.provided": ("provided", "предоставлен", "берілді"),
    "w.adequate": ("adequate", "качество достаточное", "сапасы жеткілікті"),
    "w.not_needed": ("not needed", "не требовался", "қажет болмады"),
    "w.anonymous": ("anonymous", "анонимный", "жасырын"),
    "w.remote": ("by video link", "по видеосвязи", "бейнебайланыс арқылы"),
    "w.killed": ("killed {n}", "погибли: {n}", "қаза тапқандар: {n}"),
    "w.injured": ("injured {n}", "ранены: {n}", "жарақат алғандар: {n}"),
    "w.detained": ("detained {n}", "задержаны: {n}", "ұсталғандар: {n}"),
    "w.range": ("{min}–{max}", "{min}–{max}", "{min}–{max}"),
    "w.disputed": ("disputed", "оспаривается", "дау тудырады"),
    "w.official": ("official figure {n}", "официально {n}", "ресми дерек {n}"),
    "w.about": ("about {n}", "около {n}", "шамамен {n}"),
    # notes
    "note.items_recorded": ("{n} of {total} checklist questions answered.",
                            "Ответы даны на {n} из {total} вопросов перечня.",
                            "Тізімдегі {total} сұрақтың {n} сұрағына жауап берілді."),
    "note.answer_vs_assessment": (
        "Answers are what the monitor observed; assessments are the analyst's legal evaluation.",
        "Ответы отражают то, что наблюдал наблюдатель; оценки – юридический анализ аналитика.",
        "Жауаптар – бақылаушы көрген жайт; бағалау – талдаушының құқықтық қорытындысы."),
    "note.concerns_scope": (
        "Counted over every hearing of the case and the observations recorded for the case as a whole.",
        "Учтены все заседания по делу и наблюдения, относящиеся к делу в целом.",
        "Істің барлық отырыстары және тұтас іске қатысты бақылаулар есептелді."),
    "note.draft": ("This record is a draft.", "Эта запись – черновик.", "Бұл жазба – жоба."),
    "note.period_scope": (
        "Records whose date falls in the period; a partial date (a month, a year) counts if any day "
        "of it does.",
        "Записи, дата которых попадает в период; неполная дата (месяц, год) учитывается, если в период "
        "попадает хотя бы один её день.",
        "Күні кезеңге сәйкес келетін жазбалар; толық емес күн (ай, жыл) оның кемінде бір күні кезеңге "
        "түссе ескеріледі."),
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    # genitive (with a day) and nominative (month and year only)
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "ru_nom": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
               "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
}

_DATE_RE = re.compile(
    r"\A(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<H>\d{2})(?::(?P<M>\d{2}))?(?::\d{2}(?:\.\d+)?)?"
    r"(?P<off>Z|[+-]\d{2}:\d{2})?)?)?)?\Z"
)


def norm_lang(lang: str | None) -> str:
    code = (lang or "en").replace("_", "-").split("-", 1)[0].lower()
    return code if code in LANGS else "en"


def t(key: str, lang: str, **params: Any) -> str:
    """The catalogue text of ``key`` in ``lang`` with ``{params}`` filled in."""
    row = _S.get(key)
    if row is None:
        text = key
    else:
        text = row[LANGS.index(norm_lang(lang))] or row[0]
    if "n" in params:
        if norm_lang(lang) == "ru":
            params.setdefault("years", _ru_plural(params["n"], "год", "года", "лет"))
            params.setdefault("days", _ru_plural(params["n"], "день", "дня", "дней"))
            params.setdefault("months", _ru_plural(params["n"], "месяц", "месяца", "месяцев"))
        else:
            one = str(params["n"]) == "1"
            params.setdefault("years", "year" if one else "years")
            params.setdefault("days", "day" if one else "days")
            params.setdefault("months", "month" if one else "months")
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in _S


def _ru_plural(n: Any, one: str, few: str, many: str) -> str:
    try:
        value = float(str(n).replace(",", "."))
    except ValueError:
        return many
    if not value.is_integer():
        return few  # 7,5 года
    k = abs(int(value))
    if k % 10 == 1 and k % 100 != 11:
        return one
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return few
    return many


def number(value: Any, lang: str) -> str:
    """7.5 -> '7.5' (en) or '7,5' (ru, kk); integers as they are."""
    if isinstance(value, bool):
        return t("w.yes" if value else "w.no", lang)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text.replace(".", ",") if norm_lang(lang) in ("ru", "kk") and isinstance(value, float) else text


def _day(y: int, m: int, d: int | None, lang: str) -> str:
    lang = norm_lang(lang)
    if lang == "ru":
        return f"{d} {_MONTHS['ru'][m - 1]} {y}\u00a0г." if d else f"{_MONTHS['ru_nom'][m - 1]} {y}\u00a0г."
    if lang == "kk":
        return f"{y} жылғы {d} {_MONTHS['kk'][m - 1]}" if d else f"{y} жылғы {_MONTHS['kk'][m - 1]}"
    return f"{d} {_MONTHS['en'][m - 1]} {y}" if d else f"{_MONTHS['en'][m - 1]} {y}"


def _year(y: int, lang: str) -> str:
    return {"ru": f"{y}\u00a0г.", "kk": f"{y}\u00a0ж."}.get(norm_lang(lang), str(y))


def _offset(off: str | None) -> str:
    if not off:
        return ""
    return " (UTC)" if off == "Z" else f" (UTC{off})"


def date(value: Any, lang: str, *, with_offset: bool = True) -> str:
    """Any date of the schema (object, plain date or datetime) in the words of ``lang``.

    Partial dates keep their precision ('March 2012'); estimates say so; a time
    keeps its UTC offset, since a hearing's local time is what the monitor saw.
    Anything unreadable is returned as it is.
    """
    estimate = False
    if isinstance(value, dict):
        estimate = bool(value.get("is_estimate"))
        value = value.get("value")
    if not isinstance(value, str) or not value:
        return ""
    mt = _DATE_RE.match(value)
    if mt is None:
        return value
    y = int(mt["y"])
    if mt["m"] is None:
        text = _year(y, lang)
    else:
        m = int(mt["m"])
        if not 1 <= m <= 12:
            return value
        text = _day(y, m, int(mt["d"]) if mt["d"] else None, lang)
        if mt["H"] is not None:
            text += f", {mt['H']}:{mt['M'] or '00'}"
            if with_offset:
                text += _offset(mt["off"])
    return t("w.estimate", lang, value=text) if estimate else text


def time_of(value: Any, lang: str, same_day_as: Any = None) -> str:
    """A datetime as '10:00 (UTC+05:00)' when it falls on ``same_day_as``, else in full."""
    if isinstance(value, str):
        mt = _DATE_RE.match(value)
        day = same_day_as.get("value") if isinstance(same_day_as, dict) else same_day_as
        if mt and mt["H"] is not None and isinstance(day, str) and value[:10] == day[:10]:
            return f"{mt['H']}:{mt['M'] or '00'}{_offset(mt['off'])}"
    return date(value, lang)


def sort_key(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("value")
    return value if isinstance(value, str) else ""


def month_label(key: str, lang: str) -> str:
    """'2012-03' -> 'Mar\n2012': a short label for chart axes (month, then year)."""
    try:
        y, m = int(key[:4]), int(key[5:7])
    except ValueError:
        return key
    lang = norm_lang(lang)
    name = _MONTHS["ru_nom" if lang == "ru" else lang][m - 1]
    return f"{name[:3]}\n{y}"


def register(entries: dict[str, tuple[str, str, str]]) -> None:
    """Add (en, ru, kk) entries from a report module with words of its own (e.g. reports.edition)."""
    for key, row in entries.items():
        _S.setdefault(key, row)
