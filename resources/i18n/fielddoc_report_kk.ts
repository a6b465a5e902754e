<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>CsvExportDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report_csv.py" line="+241"/>
        <source>Export tables (CSV)</source>
        <translation>Кестелерді экспорттау (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the records as CSV tables</source>
        <translation>Жазбаларды CSV кестелеріне экспорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One CSV file per record type and per nested list, and codebook.csv, which explains every column. For analysis in a spreadsheet or a statistics program.</source>
        <translation>Әр жазба түріне және әр ішкі тізімге бір CSV файлы, сондай-ақ әр бағанды түсіндіретін codebook.csv. Электрондық кестеде немесе статистикалық бағдарламада талдауға арналған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV files are NOT encrypted</source>
        <translation>CSV файлдары ШИФРЛАНБАҒАН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who can open the folder, the drive or a copy of it can read every record in the files, without a passphrase. Choose a folder on an encrypted drive, give the files only to people who may see these records, and delete them when you are done.</source>
        <translation>Қалтаны, дискіні немесе олардың көшірмесін аша алатын кез келген адам файлдардағы барлық жазбаны құпия фразасыз оқи алады. Шифрланған дискідегі қалтаны таңдаңыз, файлдарды тек осы жазбаларды көруге рұқсаты бар адамдарға беріңіз және жұмысыңыз біткен соң оларды жойыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;understand the files will be unencrypted</source>
        <translation>Файлдардың шифрланбайтынын &amp;түсінемін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder</source>
        <translation>&amp;Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to write the files into</source>
        <translation>Файлдар жазылатын қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;device-only records</source>
        <translation>«Тек осы құрылғыдағы» жазбаларды қо&amp;су</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records kept only on this device, and the links to them, will then be in the files in plain text. They are meant never to leave this device: keep these files to yourself.</source>
        <translation>Сонда тек осы құрылғыда сақталатын жазбалар және оларға сілтейтін байланыстар файлдарға ашық мәтінмен жазылады. Бұл жазбалар осы құрылғыдан шықпауы тиіс: бұл файлдарды ешкімге бермеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public edition (TLP:CLEAR)</source>
        <translation>&amp;Жария нұсқа (TLP:CLEAR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records marked TLP:CLEAR, no sources without consent to publication, and a pseudonym for everyone who did not consent to publication; no device-only records or contact details.</source>
        <translation>Тек TLP:CLEAR белгісі бар жазбалар, жариялауға келісім бермеген дереккөздерсіз, жариялауға келісім бермеген әр адам бүркеншік атпен; «тек құрылғыда» жазбалары мен байланыс деректерісіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;rtners edition (TLP:GREEN)</source>
        <translation>Серік&amp;тестерге арналған нұсқа (TLP:GREEN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records marked up to TLP:GREEN, no sources whose consent does not allow sharing with partners, and a pseudonym for everyone else; no device-only records or contact details.</source>
        <translation>Тек TLP:GREEN деңгейіне дейін белгіленген жазбалар, келісімі серіктестерге беруге рұқсат бермейтін дереккөздерсіз, қалғандардың бәрі бүркеншік атпен; «тек құрылғыда» жазбалары мен байланыс деректерісіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include people&apos;s &amp;contact details</source>
        <translation>Адамдардың &amp;байланыс деректерін қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone numbers, addresses and other contact details will then be in persons.csv in plain text. Leave them out unless the analysis needs them.</source>
        <translation>Сонда телефон нөмірлері, мекенжайлар және басқа байланыс деректері persons.csv файлына ашық мәтінмен жазылады. Талдауға қажет болмаса, оларды қоспаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Жол саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files written</source>
        <translation>Жазылған файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+170"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+25"/>
        <source>Choose a folder and tick “I understand the files will be unencrypted” to export.</source>
        <translation>Экспорттау үшін қалтаны таңдап, «Файлдардың шифрланбайтынын түсінемін» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Tick “I understand the files will be unencrypted” to export.</source>
        <translation>Экспорттау үшін «Файлдардың шифрланбайтынын түсінемін» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <location line="+41"/>
        <source>Choose a folder to export.</source>
        <translation>Экспорттау үшін қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the folder for the CSV files</source>
        <translation>CSV файлдарына арналған қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the full path of the folder (or use Choose…).</source>
        <translation>Қалтаның толық жолын көрсетіңіз (немесе «Таңдау…» батырмасын басыңыз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a file, not a folder. Choose a folder.</source>
        <translation>{name} – қалта емес, файл. Қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace the earlier export?</source>
        <translation>Бұрынғы экспортты ауыстыру керек пе?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This folder already holds FieldDoc CSV files (%n file(s)).</source>
        <translation>
            <numerusform>Бұл қалтада FieldDoc CSV файлдары бар (%n файл).</numerusform>
            <numerusform>Бұл қалтада FieldDoc CSV файлдары бар (%n файл).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names}

Exporting here replaces them with the new files. Other files in the folder are left alone.</source>
        <translation>{names}

Осы қалтаға экспорттасаңыз, олар жаңа файлдармен ауыстырылады. Қалтадағы басқа файлдар өзгермейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace them</source>
        <translation>&amp;Ауыстыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was written. Choose another folder, or export again and replace the files.</source>
        <translation>Ештеңе жазылған жоқ. Басқа қалтаны таңдаңыз немесе қайта экспорттап, файлдарды ауыстырыңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>{folder} қалтасына %n файл жазылды.</numerusform>
            <numerusform>{folder} қалтасына %n файл жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device-only records left out: {n}.</source>
        <translation>Қосылмаған «тек осы құрылғыдағы» жазбалар: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files are not encrypted: keep them only where it is safe and delete them when you are done.</source>
        <translation>Файлдар шифрланбаған: оларды тек қауіпсіз жерде сақтаңыз және жұмысыңыз біткен соң жойыңыз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export cancelled. No file in the folder was written or changed.</source>
        <translation>Экспорттан бас тартылды. Қалтадағы ешбір файл жазылған да, өзгертілген де жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FieldDoc may not write in that folder. Choose another one. Nothing was written.</source>
        <translation>FieldDoc бұл қалтаға жаза алмайды. Басқасын таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That folder cannot be used. Choose another one. Nothing was written.</source>
        <translation>Бұл қалтаны пайдалану мүмкін емес. Басқасын таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be written there ({reason}). Choose another folder. Nothing was written.</source>
        <translation>Файлдарды ол жерге жазу мүмкін болмады ({reason}). Басқа қалтаны таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ReportBuilding</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report_build.py" line="+124"/>
        <source>Device-only records left out: {n}.</source>
        <translation>Қосылмаған «тек осы құрылғыдағы» жазбалар: {n}.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Gathering the records…</source>
        <translation>Жазбалар жиналуда…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Laying out the pages…</source>
        <translation>Беттер беттелуде…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page {n} of {total}</source>
        <translation>{total} беттің {n}-беті</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No hearings, incidents or detentions were recorded in this period. The report is empty; you can still save it.</source>
        <translation>Бұл кезеңде сот отырыстары, оқиғалар немесе ұстаулар тіркелмеген. Есеп бос, бірақ оны бәрібір сақтауға болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview ready.</source>
        <translation>Алдын ала қарау дайын.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be written there ({reason}). Choose another folder.</source>
        <translation>PDF-ті ол жерге жазу мүмкін болмады ({reason}). Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That folder does not exist. Choose another one.</source>
        <translation>Мұндай қалта жоқ. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FieldDoc may not write in that folder. Choose another one.</source>
        <translation>FieldDoc бұл қалтаға жаза алмайды. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {name}, marked TLP:{tlp}. The PDF is not encrypted: keep it only where it is safe.</source>
        <translation>{name} ретінде сақталды, белгісі TLP:{tlp}. PDF шифрланбаған: оны тек қауіпсіз жерде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report.py" line="+262"/>
        <source>Make a report</source>
        <extracomment>what each report type needs chosen; only the current one is shown</extracomment>
        <translation>Есеп жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a PDF report</source>
        <translation>PDF есебін жасау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the report, then save it as a PDF where you choose.</source>
        <translation>Есепті алдын ала қарап шығып, оны өзіңіз таңдаған жерге PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hearing report</source>
        <translation>Сот &amp;отырысы туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case summary</source>
        <translation>&amp;Іс бойынша жиынтық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period report</source>
        <translation>&amp;Кезең туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>Есеп &amp;тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Нұсқа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Ішкі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public (TLP:CLEAR)</source>
        <translation>Жария (TLP:CLEAR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marking:</source>
        <translation>Белгі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Include device-only records and contact details</source>
        <translation>Тек осы құрылғыдағы жазбаларды және байланыс деректерін &amp;қосу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF is not encrypted. Keep it only where it is safe.</source>
        <translation>PDF шифрланбаған. Оны тек қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF-ке сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation>&amp;Енге сыйдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale the pages to the width of the preview</source>
        <translation>Беттерді қарау аймағының еніне қарай масштабтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Preview to see the report here.</source>
        <translation>Есепті осы жерде көру үшін «Алдын ала қарау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TLP:CLEAR – may be shared publicly.</source>
        <translation>TLP:CLEAR – көпшілікке таратуға болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:GREEN – may be shared within the community, not publicly.</source>
        <translation>TLP:GREEN – қауымдастық ішінде беруге болады, бірақ жариялауға болмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER – only within your organisation and those who need to know.</source>
        <translation>TLP:AMBER – тек ұйымыңыздың ішінде және білуі қажет адамдарға ғана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER+STRICT – only within your organisation.</source>
        <translation>TLP:AMBER+STRICT – тек ұйымыңыздың ішінде ғана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:RED – only for the people it is given to; do not share it further.</source>
        <translation>TLP:RED – тек өзіне берілген адамдар үшін; оны әрі қарай бермеңіз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set from the most restrictive record the report shows; known after Preview.</source>
        <translation>Есептегі ең шектеулі жазба бойынша анықталады; алдын ала қараудан кейін белгілі болады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages: {n}</source>
        <translation>Беттер: {n}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The report may then show records kept only on this device and people&apos;s contact details; if it shows a device-only record, it is marked TLP:RED. Share it with no one who may not see them.</source>
        <translation>Сонда есепке тек осы құрылғыда сақталған жазбалар мен адамдардың байланыс деректері кіруі мүмкін; егер онда осындай жазба болса, оған TLP:RED белгісі қойылады. Оларды көруге болмайтын ешкімге бермеңіз.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Choose a hearing first.</source>
        <translation>Алдымен сот отырысын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a case first.</source>
        <translation>Алдымен істі таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record is kept only on this device. Tick “Include device-only records and contact details” to make a report on it.</source>
        <translation>Бұл жазба тек осы құрылғыда сақталады. Ол бойынша есеп жасау үшін «Тек осы құрылғыдағы жазбаларды және байланыс деректерін қосу» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends before it starts. Check the dates.</source>
        <translation>Кезең басталмай тұрып аяқталады. Күндерді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The options changed. Press Preview to see the report with them.</source>
        <translation>Параметрлер өзгерді. Есепті соларымен көру үшін «Алдын ала қарау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Report preview</source>
        <translation>Есептің алдын ала көрінісі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Partners (TLP:GREEN)</source>
        <translation>Серіктестерге (TLP:GREEN)</translation>
    </message>
</context>
<context>
    <name>ReportPickers</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report_pickers.py" line="+71"/>
        <source>The public edition leaves out records marked above TLP:CLEAR, device-only records, contact details and sources without consent to publication, and names people who did not consent to publication by a pseudonym. Page 1 says how much was left out.</source>
        <translation>Жария нұсқада TLP:CLEAR деңгейінен жоғары белгіленген жазбалар, «тек құрылғыда» жазбалары, байланыс деректері және жариялауға келісімі жоқ дереккөздер болмайды, ал жариялауға келісім бермеген адамдар бүркеншік атпен аталады. Бірінші бетте қаншасы алынып тасталғаны көрсетіледі.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>(none recorded)</source>
        <translation>(жазбалар жоқ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (device-only)</source>
        <translation>{title} (тек осы құрылғыда)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The partners edition, for partner organisations, leaves out records marked above TLP:GREEN, device-only records, contact details and sources without consent to sharing with partners, and names people who did not consent by a pseudonym. Page 1 says how much was left out.</source>
        <translation>Серіктес ұйымдарға арналған нұсқада TLP:GREEN деңгейінен жоғары белгіленген жазбалар, «тек құрылғыда» жазбалары, байланыс деректері және серіктестерге беруге келісімі жоқ дереккөздер болмайды, ал келісім бермеген адамдар бүркеншік атпен аталады. Бірінші бетте қаншасы алынып тасталғаны көрсетіледі.</translation>
    </message>
</context>
</TS>
