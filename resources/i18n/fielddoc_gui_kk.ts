<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/actions.py" line="+98"/>
        <source>&amp;New record</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New record of the kind shown (Ctrl+N)</source>
        <translation>Көрсетілген түрдегі жаңа жазба (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>С&amp;татистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report…</source>
        <translation>&amp;Есеп…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview a PDF report and save it where you choose (Ctrl+P)</source>
        <translation>PDF есепті алдын ала қарап, өзіңіз таңдаған жерге сақтау (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export bundle for HQ…</source>
        <translation>Штабқа &amp;пакет экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write new and changed records to one encrypted, signed file for HQ</source>
        <translation>Жаңа және өзгерген жазбаларды штабқа арналған бір шифрланған, қол қойылған файлға жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import HQ &amp;receipt…</source>
        <translation>Штаб &amp;түбіртегін импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;bundles…</source>
        <translation>&amp;Пакеттерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and import bundles from field devices</source>
        <translation>Далалық құрылғылардан келген пакеттерді тексеріп, импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Қайшылықтарды шешу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ reci&amp;pients and enrolment…</source>
        <translation>Штаб &amp;алушылары және тіркеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HQ keys bundles are encrypted to, and this device&apos;s enrolment file for HQ</source>
        <translation>Пакеттер шифрланатын штаб кілттері және осы құрылғының штабқа арналған тіркеу файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field &amp;devices and HQ card…</source>
        <translation>&amp;Далалық құрылғылар және штаб карточкасы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol or revoke field devices; save HQ&apos;s recipient card</source>
        <translation>Далалық құрылғыларды тіркеу немесе кері қайтару; штабтың алушы карточкасын сақтау</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export ta&amp;bles (CSV)…</source>
        <translation>&amp;Кестелерді экспорттау (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unencrypted CSV file per record type, with a codebook</source>
        <translation>Әр жазба түріне бір шифрланбаған CSV файлы, кодтар анықтамалығымен бірге</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (Ctrl+L): closes the vault and clears the screen</source>
        <translation>Қазір құлыптау (Ctrl+L): қойма жабылады, экран тазартылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FieldDoc</source>
        <translation>FieldDoc &amp;туралы</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Re-&amp;key vault…</source>
        <translation>Қойма кілтін &amp;ауыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new secret key for the vault; the passphrase stays</source>
        <translation>Қойманың жаңа құпия кілті; құпия фраза өзгермейді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Мәтінді үлкейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>Мәтінді &amp;кішірейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default text size</source>
        <translation>Әдепкі мәтін &amp;өлшемі</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>E&amp;vidence package…</source>
        <translation>&amp;Дәлелдер пакеті…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signed folder for a court: this record, its history, custody log and decrypted attachments</source>
        <translation>Сот үшін қол қойылған қалта: осы жазба, оның тарихы, сақтау журналы және шифры ашылған тіркемелер</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Brie&amp;f a device…</source>
        <translation>Құрылғыға &amp;брифинг жасау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a briefing for a monitor&apos;s device: the scheduled hearings they are assigned to</source>
        <translation>Бақылаушы құрылғысына брифинг жасау: ол жіберілген тағайындалған отырыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;briefing…</source>
        <translation>&amp;Брифингті импорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import HQ&apos;s briefing: your assigned hearings and their cases</source>
        <translation>Штаб брифингін импорттау: сіз жіберілген отырыстар және олардың істері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing c&amp;alendar…</source>
        <translation>&amp;Отырыстар күнтізбесі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings by week or month, per court and per monitor</source>
        <translation>Отырыстар апта не ай бойынша, сот және бақылаушы бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage…</source>
        <translation>Бақылаумен &amp;қамту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings held and monitored per case, court or month; monitor workload</source>
        <translation>Өткен және бақыланған отырыстар іс, сот не ай бойынша; бақылаушылардың жүктемесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an HQ…</source>
        <translation>Штабқа &amp;қосылу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Become a member of an HQ with an invitation from its administrator</source>
        <translation>Әкімшісінің шақыруымен штаб мүшесі болу</translation>
    </message>
</context>
<context>
    <name>AllegationsCard</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/allegations_card.py" line="+76"/>
        <location line="+6"/>
        <source>Torture allegations by court response</source>
        <translation>Азаптау туралы арыздар соттың жауабы бойынша</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hearings in the period above; a person who alleged torture at several hearings counts once among the persons.</source>
        <translation>Жоғарыда көрсетілген кезеңдегі отырыстар; бірнеше отырыста азаптау туралы мәлімдеген адам адамдар арасында бір рет есептеледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Есептеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court response</source>
        <translation>Соттың жауабы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allegations</source>
        <translation>Арыздар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All allegations: {n}, persons: {persons}, in {k} of {hearings} hearings</source>
        <translation>Барлық арыздар: {n}, адамдар: {persons}, {hearings} отырыстың {k} отырысында</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/calendar.py" line="+173"/>
        <source>Week {n}</source>
        <translation>{n}-апта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearings shown: {n}</source>
        <translation>Көрсетілген отырыстар: {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hearing calendar</source>
        <translation>Отырыстар күнтізбесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings by day</source>
        <translation>Отырыстар күн бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt</source>
        <translation>&amp;Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All courts</source>
        <translation>Барлық соттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All monitors</source>
        <translation>Барлық бақылаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>Бүгі&amp;н</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Ал&amp;ға</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/case_view.py" line="+146"/>
        <source>Edit case</source>
        <translation>Істі өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People involved</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing dated in this case yet.</source>
        <translation>Бұл істе әзірге күні көрсетілген оқиға жоқ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Hearings: {hearings} · Detentions: {detentions} · People: {people}</source>
        <translation>Отырыстар: {hearings} · ұстаулар: {detentions} · қатысушылар: {people}</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/models/case_models.py" line="+33"/>
        <source>Case opened</source>
        <translation>Іс қозғалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-instance judgment</source>
        <translation>Бірінші сатыдағы сот шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural step</source>
        <translation>Іс жүргізу әрекеті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair-trial concerns: {n}</source>
        <translation>Әділ сот құқығына қатысты алаңдаушылық: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/views/case_view.py" line="+8"/>
        <source>Upcoming: no scheduled hearing.</source>
        <translation>Алдағы: тағайындалған отырыс жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no monitor assigned</source>
        <translation>бақылаушы тағайындалмаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming: {hearings}</source>
        <translation>Алдағы: {hearings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and {n} more)</source>
        <translation>(тағы {n})</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defendants</source>
        <translation>&amp;Сотталушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendants across the hearings</source>
        <translation>Барлық отырыстар бойынша сотталушылар</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/models/defendants_model.py" line="+15"/>
        <source>Defendant</source>
        <translation>Сотталушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody</source>
        <translation>Қамауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsel</source>
        <translation>Қорғаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torture allegations</source>
        <translation>Азаптау туралы мәлімдемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/labels.py" line="+61"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Қозғалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprehended</source>
        <translation>Ұсталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Түсірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Сатысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Сот сатысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Алаңдаушылық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Рәсім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last facility</source>
        <translation>Соңғы орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grading</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Нұсқалар қайшылығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/coverage.py" line="+95"/>
        <source>(none recorded)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coverage</source>
        <translation>Бақылаумен қамту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Топтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings held and monitored</source>
        <translation>Өткен және бақыланған отырыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor workload</source>
        <translation>Бақылаушылардың жүктемесі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitored</source>
        <translation>Бақыланды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share monitored</source>
        <translation>Бақыланған үлесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Тағайындалған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With an assignment</source>
        <translation>Бақылаушы тағайындалған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearings</source>
        <translation>Сот отырыстары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned or confirmed</source>
        <translation>Тағайындалды не растады</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declined</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present at held hearings</source>
        <translation>Өткен отырыстарға қатысты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Қатыса алмады</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>Алдағы</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/create_vault.py" line="+149"/>
        <source>Create a vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an encrypted vault</source>
        <translation>Шифрланған қойма жасаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you record is kept in this vault, encrypted with a key that only your passphrase unlocks. Nothing is ever sent anywhere.</source>
        <translation>Сіз жазғанның бәрі осы қоймада шифрланып сақталады; кілтті тек сіздің құпия фразаңыз ашады. Ешнәрсе ешқайда жіберілмейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your initials or monitor code</source>
        <translation>мысалы, аты-жөніңіздің бас әріптері немесе бақылаушы коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 12 characters, or 5 words</source>
        <translation>кемінде 12 таңба немесе 5 сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type it again</source>
        <translation>қайта енгізіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Енгізілген мәтінді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name or code</source>
        <translation>Атыңыз немесе кодыңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you lose the passphrase, the data is gone</source>
        <translation>Құпия фразаны жоғалтсаңыз, деректер де жоғалады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you lose this passphrase, nobody can open this vault again: not you, not your organisation, not the makers of FieldDoc. There is no reset and no back door. Learn it by heart, or write it down and keep it apart from this laptop.</source>
        <translation>Бұл құпия фразаны жоғалтсаңыз, қойманы енді ешкім аша алмайды: сіз де, ұйымыңыз да, FieldDoc әзірлеушілері де. Оны қалпына келтіру мүмкін емес, жасырын жол да жоқ. Оны жатқа біліңіз немесе жазып алып, осы ноутбуктан бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand that a lost passphrase cannot be recovered.</source>
        <translation>Жоғалған құпия фразаны қалпына келтіру мүмкін емес екенін түсінемін.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the vault&apos;s key after this many wrong passphrases in a row:</source>
        <translation>Қатарынан осынша рет қате енгізілгенде қойма кілтін өшіру:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off by default. When it triggers, everything in the vault is lost for good, for you as for anyone else. Use it only if you keep copies at headquarters.</source>
        <translation>Әдепкіде өшірулі. Іске қосылса, қоймадағының бәрі біржола жоғалады — сіз үшін де, басқалар үшін де. Көшірмелер штабта сақталса ғана қосыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the vault</source>
        <translation>Қоймаға арналған қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a long passphrase: a few unrelated words are easier to remember and harder to guess than a short password.</source>
        <translation>Ұзын құпия фраза таңдаңыз: бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қысқа құпиясөзге қарағанда қиынырақ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long enough. Now type it again.</source>
        <translation>Жеткілікті ұзын. Енді оны қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrases match.</source>
        <translation>Құпия фразалар сәйкес келеді.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating the vault and tuning the passphrase hardening to this computer. This takes a few seconds…</source>
        <translation>Қойма жасалып, құпия фраза қорғанысы осы компьютерге бапталуда. Бұл бірнеше секундқа созылады…</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/detail.py" line="+31"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/fielddoc/gui/views/statistics.py" line="+96"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision {n}, last change {at}</source>
        <translation>{n}-нұсқа, соңғы өзгеріс: {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting revisions: review its history</source>
        <translation>Нұсқалар қайшылығы: жазба тарихын қараңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted (kept in the history)</source>
        <translation>Жойылған (тарихта сақталған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair-trial checklist</source>
        <translation>Әділ сот тексеру парағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No observations recorded.</source>
        <translation>Бақылаулар жазылмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustrative or unverified, not to be cited: {fields}</source>
        <translation>Мысал ретінде берілген немесе тексерілмеген, дәйексөзге алынбайды: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected: {answer}</source>
        <translation>күтілетіні: {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} (not in this vault)</source>
        <translation>{id} (бұл қоймада жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device</source>
        <translation>осы құрылғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this vault&apos;s file key</source>
        <translation>осы қоймадағы файл кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to by</source>
        <translation>Бұл жазбаға сілтейтіндер</translation>
    </message>
</context>
<context>
    <name>DetailFields</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/field_names.py" line="+14"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP marking</source>
        <translation>TLP белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export batches</source>
        <translation>Экспорт пакеттері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustrative (unverified) fields</source>
        <translation>Мысал ретіндегі (тексерілмеген) өрістер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in other languages</source>
        <translation>Басқа тілдердегі аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of organisation</source>
        <translation>Ұйым түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>Құрамында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court level</source>
        <translation>Сот деңгейі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type (HURIDOCS)</source>
        <translation>Құқық бұзушы түрі (HURIDOCS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166-2 code</source>
        <translation>ISO 3166-2 коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of place</source>
        <translation>Орын түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Дәлдік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Басқа аттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting unit</source>
        <translation>Есеп бірлігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group size</source>
        <translation>Топ саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public figure</source>
        <translation>Қоғам қайраткері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Қайтыс болған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of death</source>
        <translation>Қайтыс болған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of case</source>
        <translation>Іс түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official case number</source>
        <translation>Істің ресми нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Сатысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Қозғалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-instance judgment</source>
        <translation>Бірінші сатыдағы сот шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Procedural history</source>
        <translation>Іс жүргізу барысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair-trial checklist</source>
        <translation>Әділ сот тексеру парағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Айыптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Айыпталушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Тұжырымы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Сот сатысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of hearing</source>
        <translation>Отырыс түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled start</source>
        <translation>Белгіленген басталу уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Нақты басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Нақты аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjourned to</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for adjournment</source>
        <translation>Кейінге қалдыру себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtroom</source>
        <translation>Сот залы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presiding judge</source>
        <translation>Төрағалық етуші судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Сот құрамы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury</source>
        <translation>Алқабилер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutors</source>
        <translation>Прокурорлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence counsel</source>
        <translation>Қорғаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Қорғалушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Тағайындалу негізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody</source>
        <translation>Күзетпен ұсталуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock</source>
        <translation>Сотталушылар орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restraints</source>
        <translation>Қозғалысты шектеу құралдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Куәгерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called by</source>
        <translation>Шақырған тарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Жасырын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequate</source>
        <translation>Тиісті деңгейде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access</source>
        <translation>Көпшіліктің кіруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass required</source>
        <translation>Рұқсатнама талап етілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (estimate)</source>
        <translation>Қатысқандар (шамамен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow room</source>
        <translation>Қосымша зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied entry</source>
        <translation>Кіргізілмегендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitors</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>Кіргізілуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording allowed</source>
        <translation>Жазуға рұқсат берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security presence</source>
        <translation>Күзеттің болуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Жағдайлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural events</source>
        <translation>Іс жүргізу оқиғалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Summary</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Сөздері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motions</source>
        <translation>Өтінішхаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling</source>
        <translation>Шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given</source>
        <translation>Дәлелденді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torture allegation</source>
        <translation>Азаптау туралы мәлімдеме</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raised</source>
        <translation>Мәлімделді</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Кім мәлімдеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&apos;s response</source>
        <translation>Соттың әрекеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts</source>
        <translation>Үкімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Шартты түрде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confiscation</source>
        <translation>Тәркілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Баяндама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of incident</source>
        <translation>Оқиға түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Мәнмәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights affected</source>
        <translation>Қозғалған құқықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation status</source>
        <translation>Бұзушылық мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring status</source>
        <translation>Мониторинг мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Салдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Зардап шеккендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Қаза тапқандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <translation>Жараланғандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Ұсталғандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figure</source>
        <translation>Ресми деректер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Ең аз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Ең көп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximately</source>
        <translation>Шамамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Даулы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of act</source>
        <translation>Әрекет түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted</source>
        <translation>Оқталу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods of violence</source>
        <translation>Зорлық-зомбылық тәсілдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact location</source>
        <translation>Нақты орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason</source>
        <translation>Мәлімделген себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Жауапкершілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical consequences</source>
        <translation>Физикалық салдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological consequences</source>
        <translation>Психологиялық салдары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the end</source>
        <translation>Соңындағы жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Perpetrators</source>
        <translation>Құқық бұзушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree of involvement</source>
        <translation>Қатысу дәрежесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related case</source>
        <translation>Байланысты іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Рәсім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of detention</source>
        <translation>Ұстау түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprehension</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officers</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In plain clothes</source>
        <translation>Азаматтық киімде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force used</source>
        <translation>Күш қолданылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circumstances</source>
        <translation>Мән-жайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed of the reasons</source>
        <translation>Себептері хабарланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights explained</source>
        <translation>Құқықтары түсіндірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol number</source>
        <translation>Хаттама нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol time</source>
        <translation>Хаттама уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Құқықтық негізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Шешім қабылдаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of decision</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of arrest</source>
        <translation>Қамаудағы тәулік саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First appearance before a judge</source>
        <translation>Судьяға алғаш жеткізілуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until brought before a judge</source>
        <translation>Судьяға жеткізілгенге дейінгі сағат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial reviews</source>
        <translation>Соттық тексерулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places of custody</source>
        <translation>Ұстау орындары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of facility</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Whereabouts</source>
        <translation>Тұрған жері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family notified</source>
        <translation>Отбасына хабарланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical examination</source>
        <translation>Медициналық тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular access</source>
        <translation>Консулдық қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First at</source>
        <translation>Алғаш рет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ill-treatment</source>
        <translation>Қатыгездік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged</source>
        <translation>Мәлімделді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Тәсілдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical evidence</source>
        <translation>Медициналық дәлелдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements signed</source>
        <translation>Қол қойылған айғақтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disciplinary measures</source>
        <translation>Тәртіптік жазалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Босатылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberty status</source>
        <translation>Бостандық мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGAD assessment</source>
        <translation>ЕҰЖТ өлшемдері бойынша баға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of source</source>
        <translation>Дереккөз түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Жариялаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Веб-мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of material</source>
        <translation>Материал түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection to the information</source>
        <translation>Ақпаратпен байланысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability of the source</source>
        <translation>Дереккөздің сенімділігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credibility of the information</source>
        <translation>Ақпараттың дәйектілігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>Кім алды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store identity</source>
        <translation>Жеке деректерді сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with HQ</source>
        <translation>Штабқа беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with partners</source>
        <translation>Серіктестерге беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Жариялау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with the UN / OSCE</source>
        <translation>БҰҰ / ЕҚЫҰ-ға беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recontact</source>
        <translation>Қайта байланысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Қайтарып алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection risk</source>
        <translation>Қауіпсіздікке төнетін қатер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Қарым-қатынас тәртібі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related records</source>
        <translation>Байланысты жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>Деректер түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>Өлшемі (байт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived from</source>
        <translation>Шыққан көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformations</source>
        <translation>Түрлендірулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local UTC offset</source>
        <translation>Жергілікті UTC ығысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured by</source>
        <translation>Кім тіркеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Құрал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool version</source>
        <translation>Құрал нұсқасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Бет тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post id</source>
        <translation>Жарияланым идентификаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geolocation</source>
        <translation>Геолокация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (m)</source>
        <translation>Дәлдігі (м)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of location</source>
        <translation>Координаттар көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded metadata</source>
        <translation>Кірістірілген метадеректер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody</source>
        <translation>Сақтау тізбегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 verified</source>
        <translation>SHA-256 тексерілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export batch</source>
        <translation>Экспорт пакеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of</source>
        <translation>Атынан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Құқық бұзушы түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator status</source>
        <translation>Құқық бұзушы мәртебесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervening party</source>
        <translation>Араласқан тарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties requested</source>
        <translation>Кімге жүгінді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the whole record</source>
        <extracomment>(parent field, field) -&gt; vocabulary; then field -&gt; vocabulary.</extracomment>
        <translation>бүкіл жазба</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Torture allegations</source>
        <translation>Азаптау туралы мәлімдемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrators</source>
        <translation>Болжамды орындаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment note</source>
        <translation>Бағалаудың негіздемесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Стандарттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed by</source>
        <translation>Кім бағалады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Бағаланған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment status</source>
        <translation>Бағалау мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of the answer</source>
        <translation>Жауаптың негізі</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/detail_pane.py" line="+93"/>
        <source>Select a record to see it here.</source>
        <translation>Жазбаны осында көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case timeline</source>
        <translation>Іс хронологиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Тағы</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Record details</source>
        <translation>Жазба мәліметтері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves between its links; Enter opens the selected link.</source>
        <translation>Tab сілтемелер арасында жылжиды; Enter таңдалған сілтемені ашады.</translation>
    </message>
</context>
<context>
    <name>DetainedCard</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/detained.py" line="+88"/>
        <source>Detained on a day</source>
        <translation>Белгілі бір күні қамауда болғандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in detention on the day</source>
        <translation>Осы күні қамауда болған адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a day as YYYY-MM-DD.</source>
        <translation>Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} in detention</source>
        <translation>Қамауда: {n}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/errors.py" line="+33"/>
        <source>An unexpected error occurred ({kind}). Nothing partial was saved. If it happens again, please report it.</source>
        <translation>Күтпеген қате орын алды ({kind}). Жартылай өзгерістер сақталған жоқ. Қайталанса, бұл туралы хабарлаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FieldDoc</source>
        <translation>FieldDoc</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/evidence.py" line="+90"/>
        <source>Evidence package</source>
        <translation>Дәлелдер пакеті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder for a court or a partner: this record and its attachments, every saved version, the custody log and a signed list of every file&apos;s hashes, with verify.py, which checks it all without FieldDoc. Choose a new folder:</source>
        <translation>Сотқа немесе серіктеске арналған қалта: осы жазба мен оның тіркемелері, барлық сақталған нұсқалары, сақтау журналы және әр файл хэштерінің қол қойылған тізімі, сондай-ақ мұның бәрін FieldDoc-сыз тексеретін verify.py. Жаңа қалта таңдаңыз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments are written DECRYPTED (exact copies of the originals), not encrypted. Keep the folder safe.</source>
        <translation>Тіркемелер ШИФРЫ АШЫЛҒАН күйде (түпнұсқалардың дәл көшірмелері), шифрсыз жазылады. Қалтаны қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand: write the attachments unencrypted</source>
        <translation>Түсінемін: тіркемелерді шифрсыз жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder</source>
        <translation>Жаңа қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the evidence package</source>
        <translation>Дәлелдер пакетінің қалтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write package</source>
        <translation>Пакетті жазу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where to put the evidence package</source>
        <translation>Дәлелдер пакетін қайда қою керек</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the evidence package…</source>
        <translation>Дәлелдер пакеті жазылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written to {folder}.

Signer&apos;s fingerprint (give it to the recipient separately, e.g. by phone):</source>
        <translation>{folder} қалтасына жазылды.

Қол қоюшының саусақ ізі (оны алушыға бөлек беріңіз, мысалы, телефон арқылы):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipient checks the package with: python verify.py</source>
        <translation>Алушы пакетті мына пәрменмен тексереді: python verify.py</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/filter_bar.py" line="+181"/>
        <location line="+23"/>
        <source>Search names, titles, notes…</source>
        <translation>Аттар, атаулар, жазбалар бойынша іздеу…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>A year, a month or a day: 2012, 2012-03 or 2012-03-28</source>
        <translation>Жыл, ай немесе күн: 2012, 2012-03 немесе 2012-03-28</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Any type</source>
        <translation>Кез келген түр</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Show only records of the chosen confidentiality levels</source>
        <translation>Тек таңдалған құпиялылық деңгейлеріндегі жазбаларды көрсету</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear all filters</source>
        <translation>Барлық сүзгілерді тазарту</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+24"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: {n}</source>
        <translation>Деңгейлер: {n}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Dates from</source>
        <translation>Күндер басы</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Offence</source>
        <translation>Құқық бұзушылық құрамы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases with a charge for this offence, under the old or the new code</source>
        <translation>Ескі немесе жаңа кодекс бойынша осы құрамда айып тағылған істер ғана</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dates to</source>
        <translation>Күндер соңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+1"/>
        <source>Tag</source>
        <extracomment>Shorter search text is not searched yet: a one-letter prefix matches nearly everything and only slows typing down.</extracomment>
        <translation>Белгі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only cases with this tag</source>
        <translation>Тек осы белгісі бар істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any priority</source>
        <translation>Кез келген басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reason</source>
        <translation>Кез келген себеп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any monitoring status</source>
        <translation>Мониторингтің кез келген мәртебесі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any offence</source>
        <translation>Кез келген құрам</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring status</source>
        <translation>Мониторинг мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason the case is monitored</source>
        <translation>Іс неліктен бақылауда</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Extremist offences</source>
        <translation>Экстремистік қылмыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases with a charge under an article flagged as an extremist offence</source>
        <translation>Тек экстремистік қылмыс ретінде белгіленген бап бойынша айып тағылған істер</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/import_json.py" line="+86"/>
        <source>Import records</source>
        <translation>Жазбаларды импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import records from a JSON file</source>
        <translation>JSON файлынан жазбаларды импорттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is checked as a whole first. Either every record in it is imported, or nothing is. Records already in the vault are updated; importing the same file twice changes nothing.</source>
        <translation>Алдымен файл толығымен тексеріледі. Ондағы жазбалардың не бәрі импортталады, не ешқайсысы. Қоймада бұрыннан бар жазбалар жаңартылады; бір файлды қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File in the FieldDoc interchange format (.json)</source>
        <translation>FieldDoc алмасу пішіміндегі файл (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file to import</source>
        <translation>Импорттайтын файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and importing…</source>
        <translation>Тексеру және импорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported. New: {added}. Updated: {updated}. Unchanged: {unchanged}.</source>
        <translation>Импорт аяқталды. Жаңалары: {added}. Жаңартылғаны: {updated}. Өзгермегені: {unchanged}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорт тоқтатылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported:</source>
        <translation>Ештеңе импортталған жоқ:</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>JSON file to import</source>
        <translation>Импортталатын JSON файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>Файлдан табылған ақаулар</translation>
    </message>
</context>
<context>
    <name>JoinHQDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/join_hq.py" line="+101"/>
        <source>Join an HQ</source>
        <translation>Штабқа қосылу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An HQ administrator gave you an invitation file. Joining makes your own HQ vault in a folder on this computer, opened with your own passphrase; the invitation then opens nothing and can be deleted.</source>
        <translation>Штаб әкімшісі сізге шақыру файлын берді. Қосылған кезде осы компьютердегі қалтада өз құпия фразаңызбен ашылатын жеке штаб қоймаңыз жасалады; осыдан кейін шақыру ештеңені ашпайды және оны жоюға болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitation</source>
        <translation>Шақыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HQ database address</source>
        <translation>Штаб дерекқорының мекенжайы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder for your HQ vault</source>
        <translation>Штаб қоймаңызға арналған қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. postgresql+psycopg://hq.example.org/fielddoc</source>
        <translation>мысалы, postgresql+psycopg://hq.example.org/fielddoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the invitation</source>
        <translation>Шақыруды таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for your HQ vault</source>
        <translation>Штаб қоймаңызға қалта таңдаңыз</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Joining: making your vault and connecting to the HQ database…</source>
        <translation>Қосылу: қоймаңыз жасалып, штаб дерекқорына қосылу жүріп жатыр…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/labels.py" line="-80"/>
        <source>Cases</source>
        <extracomment>The lists the navigation offers, in order (None = every record type).</extracomment>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings</source>
        <translation>Сот отырыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Ұстаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvements</source>
        <translation>Қатысулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relations</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions</source>
        <translation>Араласулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Араласу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New hearing</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New detention</source>
        <translation>Жаңа ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New location</source>
        <translation>Жаңа орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New source</source>
        <translation>Жаңа дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New attachment</source>
        <translation>Жаңа тіркеме</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/fielddoc/gui/main_window.py" line="+184"/>
        <source>&amp;File</source>
        <extracomment>How long the lock screen is shown before the workspace is built behind it: it paints first.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange</source>
        <translation>Ал&amp;масу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Opened read-only: nothing can be changed or saved.</source>
        <translation>Тек оқу үшін ашылды: ештеңені өзгертуге де, сақтауға да болмайды.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic lock during the hearing (Ctrl+L locks).</source>
        <translation>Отырыс кезінде автоматты құлыптау жоқ (Ctrl+L құлыптайды).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic lock after inactivity is on again.</source>
        <translation>Әрекетсіздіктен автоматты құлыптау қайта қосылды.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a vault folder</source>
        <translation>Қойма қалтасын таңдаңыз</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ</source>
        <translation>Штаб</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/record_list.py" line="+243"/>
        <source>Counting…</source>
        <translation>Санау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found: {n}+</source>
        <translation>Табылды: кемінде {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: {n}+</source>
        <translation>Жазбалар: кемінде {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found: {n}</source>
        <translation>Табылды: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: {n}</source>
        <translation>Жазбалар: {n}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case timeline</source>
        <translation>Іс хронологиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Enter opens the selected record; Tab moves on to its details.</source>
        <translation>Enter таңдалған жазбаны ашады; Tab оның мәліметтеріне өтеді.</translation>
    </message>
</context>
<context>
    <name>RecordTabs</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/workspace_records.py" line="+69"/>
        <source>Editing</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The editing forms are not part of this build yet.</source>
        <translation>Өңдеу формалары бұл құрастыруға әлі енгізілмеген.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this record ({kind})? It disappears from lists and search; its history is kept and the deletion is recorded.</source>
        <translation>Бұл жазбаны ({kind}) жою керек пе? Ол тізімдер мен іздеуден жоғалады; оның тарихы сақталады, ал жою әрекеті тіркеледі.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted. The record stays in its history.</source>
        <translation>Жойылды. Жазба өз тарихында сақталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history view is not part of this build yet.</source>
        <translation>Тарихты қарау бұл құрастыруға әлі енгізілмеген.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Case timeline</source>
        <translation>Іс хронологиясы</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/rekey.py" line="+49"/>
        <source>Re-key vault</source>
        <translation>Қойма кілтін ауыстыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-keying gives this vault a new secret key: the database and the keys of all attachments are encrypted again under it. Your passphrase stays the same. Whatever someone may recover from this disk of the vault&apos;s earlier state (deleted attachments, old database pages) then needs the old key, which only a leftover copy of the old key file still holds.</source>
        <translation>Кілтті ауыстыру қоймаға жаңа құпия кілт береді: дерекқор мен барлық тіркемелердің кілттері соның астында қайта шифрланады. Құпия фразаңыз өзгермейді. Осыдан кейін біреу бұл дискіден қойманың бұрынғы күйінен қалпына келтіре алатын нәрсенің бәрі (жойылған тіркемелер, дерекқордың ескі беттері) ескі кілтті қажет етеді, ал ол тек ескі кілт файлының сақталып қалған көшірмесінде ғана болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close FieldDoc everywhere else this vault is open. Backups made before keep the old key.</source>
        <translation>Бұл қойма ашық тұрған басқа жерлердің бәрінде FieldDoc-ты жабыңыз. Бұрын жасалған сақтық көшірмелерде ескі кілт қалады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, to confirm</source>
        <translation>Растау үшін құпия фразаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-key</source>
        <translation>Кілтті ауыстыру</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Re-keying the vault…</source>
        <translation>Қойма кілті ауыстырылуда…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/settings.py" line="+73"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when I am away</source>
        <translation>Мен кетіп қалғанда құлыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after (minutes)</source>
        <translation>Құлыптау уақыты (минут)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide FieldDoc&apos;s windows from screen capture</source>
        <translation>FieldDoc терезелерін экранды түсіруден жасыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots, screen recordings, screen sharing and Windows Recall show FieldDoc&apos;s windows as empty.</source>
        <translation>Скриншоттарда, экран жазбаларында, экранды көрсеткенде және Windows Recall-да FieldDoc терезелері бос болып көрінеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>macOS is asked to leave FieldDoc&apos;s windows out of screenshots and screen sharing; some recording programs may still capture them.</source>
        <translation>macOS жүйесінен FieldDoc терезелерін скриншоттар мен экранды көрсетуге қоспауды сұраймыз; кейбір жазу бағдарламалары оларды бәрібір түсіріп алуы мүмкін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop gives programs no way to hide a window from screen capture: here the setting does nothing.</source>
        <translation>Бұл жұмыс үстелі бағдарламаларға терезені экранды түсіруден жасыруға мүмкіндік бермейді: мұнда бұл баптау ештеңе істемейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+L locks at once, from anywhere in FieldDoc. These settings are kept inside the encrypted vault.</source>
        <translation>Ctrl+L FieldDoc-тың кез келген жерінен бірден құлыптайды. Бұл баптаулар шифрланған қойманың ішінде сақталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the idle lock, anyone who picks up this laptop while FieldDoc is open can read everything in the vault.</source>
        <translation>Автоматты құлыптаусыз FieldDoc ашық тұрғанда бұл ноутбукті алған кез келген адам қоймадағының бәрін оқи алады.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/statistics.py" line="-50"/>
        <source>Hearings</source>
        <translation>Сот отырыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apparent violation</source>
        <translation>Бұзушылық белгілері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Алаңдаушылық туғызады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer not as expected, not yet assessed</source>
        <translation>Жауап күтілгендей емес, әлі бағаланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Ұстаулар</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location line="+104"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings per month</source>
        <translation>Айлар бойынша сот отырыстары</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearings by the month they took place.</source>
        <translation>Сот отырыстары өткен айы бойынша.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair-trial concerns by right</source>
        <translation>Құқықтар бойынша әділ сотқа қатысты алаңдаушылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations from hearings and cases, by the right they concern.</source>
        <translation>Сот отырыстары мен істер бойынша бақылаулар, қозғалған құқыққа қарай топтастырылған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by type of facility</source>
        <translation>Ұстау орнының түрі бойынша ұстаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detention counts once for every type of place it passed through.</source>
        <translation>Ұсталған адам өткен орынның әр түрі үшін ұстау бір реттен есептеледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by procedure</source>
        <translation>Рәсім түрі бойынша ұстаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal, administrative and other.</source>
        <translation>Қылмыстық, әкімшілік және басқалары.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing recorded yet.</source>
        <translation>Әзірге ештеңе жазылмаған.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+25"/>
        <source>Computing…</source>
        <translation>Есептеу…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Hearings: {hearings} · Detentions: {detentions} · Fair-trial observations: {obs}</source>
        <translation>Отырыстар: {hearings} · ұстаулар: {detentions} · әділ сот бойынша бақылаулар: {obs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counted {when}; counting again with the changes since…</source>
        <translation>{when} есептелген; соңғы өзгерістермен қайта есептеліп жатыр…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/fielddoc/gui/tasks.py" line="+96"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/unlock.py" line="+197"/>
        <source>Locked after a period of inactivity.</source>
        <extracomment>Injectable for tests: the platform&apos;s Caps Lock state and the input layout&apos;s locale.</extracomment>
        <translation>Әрекетсіз уақыттан кейін құлыпталды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Компьютер ұйқы режиміне өткендіктен құлыпталды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked because the screen was locked.</source>
        <translation>Компьютер экраны құлыпталғандықтан құлыпталды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked.</source>
        <translation>Құлыпталды.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock қосулы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyboard layout is {layout}, not a Latin one.</source>
        <translation>Пернетақта тілі — {layout}, латын емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are typing letters that are not Latin: check the keyboard layout.</source>
        <translation>Латын емес әріптер теріліп жатыр: пернетақта тілін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;read-only (look without changing anything)</source>
        <translation>Тек &amp;оқу үшін ашу (ештеңені өзгертпей қарау)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the passphrase as you type it (mind who can see the screen)</source>
        <translation>Құпия фразаны теру кезінде көрсету (экранды кім көретініне назар аударыңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a vault…</source>
        <translation>Қойма жасау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another vault…</source>
        <translation>Басқа қойманы ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This vault is locked. Type your passphrase to open it.</source>
        <translation>Қойма құлыпталған. Оны ашу үшін құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDoc keeps your notes on trials, incidents and detentions in an encrypted vault on this computer. Nothing is ever sent anywhere. There is no vault here yet: create one to start recording.</source>
        <translation>FieldDoc сот процестері, оқиғалар және ұстаулар туралы жазбаларыңызды осы компьютердегі шифрланған қоймада сақтайды. Ешнәрсе ешқайда жіберілмейді. Мұнда әлі қойма жоқ: жұмысты бастау үшін оны жасаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault folder: {path}</source>
        <translation>Қойма қалтасы: {path}</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+39"/>
        <source>Unlocking…</source>
        <translation>Құлып ашылуда…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Vault passphrase</source>
        <translation>Қойманың құпия сөз тіркесі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter unlocks the vault.</source>
        <translation>Enter қойманы ашады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/fielddoc/gui/window_actions.py" line="+181"/>
        <source>About FieldDoc</source>
        <translation>FieldDoc туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc {version}

Encrypted, offline documentation of trials, incidents and detentions for human-rights monitors. Nothing leaves this computer unless you export it.</source>
        <translation>FieldDoc {version}

Құқық қорғаушы бақылаушыларға арналған сот процестерін, оқиғаларды және ұстауларды желісіз, шифрланған түрде құжаттау құралы. Деректер сіз өзіңіз экспорттамасаңыз, бұл компьютерден шықпайды.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The vault has a new key.</source>
        <translation>Қойманың кілті жаңартылды.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text size: {points} pt</source>
        <translation>Мәтін өлшемі: {points} пт</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Select a record first.</source>
        <translation>Алдымен жазбаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/workspace.py" line="+139"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms left unsaved last time: {n}. Their drafts were kept encrypted.</source>
        <translation>Өткен жолы сақталмаған формалар: {n}. Олардың жобалары шифрланып сақталған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has changes that are not saved. Close it and discard them?</source>
        <translation>Формада сақталмаған өзгерістер бар. Оны жауып, өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open records and lists</source>
        <translation>Ашық жазбалар мен тізімдер</translation>
    </message>
</context>
</TS>
