<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/report.py" line="+471"/>
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
        <location line="+1"/>
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
        <location line="+209"/>
        <source>Device-only records left out: {n}.</source>
        <translation>Қосылмаған «тек осы құрылғыдағы» жазбалар: {n}.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>(none recorded)</source>
        <translation>(жазбалар жоқ)</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The report may then show records kept only on this device and people&apos;s contact details; if it shows a device-only record, it is marked TLP:RED. Share it with no one who may not see them.</source>
        <translation>Сонда есепке тек осы құрылғыда сақталған жазбалар мен адамдардың байланыс деректері кіруі мүмкін; егер онда осындай жазба болса, оған TLP:RED белгісі қойылады. Оларды көруге болмайтын ешкімге бермеңіз.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{title} (device-only)</source>
        <translation>{title} (тек осы құрылғыда)</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+10"/>
        <source>The options changed. Press Preview to see the report with them.</source>
        <translation>Параметрлер өзгерді. Есепті соларымен көру үшін «Алдын ала қарау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Gathering the records…</source>
        <translation>Жазбалар жиналуда…</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+10"/>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {name}, marked TLP:{tlp}. The PDF is not encrypted: keep it only where it is safe.</source>
        <translation>{name} ретінде сақталды, белгісі TLP:{tlp}. PDF шифрланбаған: оны тек қауіпсіз жерде сақтаңыз.</translation>
    </message>
</context>
</TS>
