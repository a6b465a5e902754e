<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/report.py" line="+471"/>
        <source>Make a report</source>
        <extracomment>what each report type needs chosen; only the current one is shown</extracomment>
        <translation>Создать отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a PDF report</source>
        <translation>Создать отчёт в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the report, then save it as a PDF where you choose.</source>
        <translation>Просмотрите отчёт, затем сохраните его в PDF там, где выберете.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hearing report</source>
        <translation>Отчёт о &amp;заседании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case summary</source>
        <translation>Сводка по &amp;делу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period report</source>
        <translation>Отчёт за &amp;период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Include device-only records and contact details</source>
        <translation>&amp;Включить записи «только на этом устройстве» и контактные данные</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF is not encrypted. Keep it only where it is safe.</source>
        <translation>PDF не зашифрован. Храните его только в безопасном месте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>Просмо&amp;тр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>Со&amp;хранить PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale the pages to the width of the preview</source>
        <translation>Масштабировать страницы по ширине области просмотра</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Preview to see the report here.</source>
        <translation>Нажмите «Просмотр», чтобы увидеть отчёт здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TLP:CLEAR – may be shared publicly.</source>
        <translation>TLP:CLEAR – можно распространять публично.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:GREEN – may be shared within the community, not publicly.</source>
        <translation>TLP:GREEN – можно передавать внутри сообщества, но не публиковать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER – only within your organisation and those who need to know.</source>
        <translation>TLP:AMBER – только внутри вашей организации и тем, кому это необходимо знать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER+STRICT – only within your organisation.</source>
        <translation>TLP:AMBER+STRICT – только внутри вашей организации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:RED – only for the people it is given to; do not share it further.</source>
        <translation>TLP:RED – только для тех, кому он передан; дальше не передавайте.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set from the most restrictive record the report shows; known after Preview.</source>
        <translation>Определяется самой закрытой записью в отчёте; станет известен после просмотра.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages: {n}</source>
        <translation>Страниц: {n}</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Device-only records left out: {n}.</source>
        <translation>Не включено записей «только на этом устройстве»: {n}.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>(none recorded)</source>
        <translation>(нет записей)</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The report may then show records kept only on this device and people&apos;s contact details; if it shows a device-only record, it is marked TLP:RED. Share it with no one who may not see them.</source>
        <translation>Тогда в отчёт могут попасть записи, хранящиеся только на этом устройстве, и контактные данные людей; если в нём окажется такая запись, он получит гриф TLP:RED. Не передавайте его никому, кому их видеть нельзя.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{title} (device-only)</source>
        <translation>{title} (только на этом устройстве)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a hearing first.</source>
        <translation>Сначала выберите заседание.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a case first.</source>
        <translation>Сначала выберите дело.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record is kept only on this device. Tick “Include device-only records and contact details” to make a report on it.</source>
        <translation>Эта запись хранится только на этом устройстве. Чтобы составить по ней отчёт, отметьте «Включить записи „только на этом устройстве“ и контактные данные».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends before it starts. Check the dates.</source>
        <translation>Период заканчивается раньше, чем начинается. Проверьте даты.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The options changed. Press Preview to see the report with them.</source>
        <translation>Параметры изменились. Нажмите «Просмотр», чтобы увидеть отчёт с ними.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Gathering the records…</source>
        <translation>Сбор записей…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No hearings, incidents or detentions were recorded in this period. The report is empty; you can still save it.</source>
        <translation>За этот период не записано ни заседаний, ни инцидентов, ни задержаний. Отчёт пуст, но его всё равно можно сохранить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview ready.</source>
        <translation>Просмотр готов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be written there ({reason}). Choose another folder.</source>
        <translation>Не удалось записать PDF в это место ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That folder does not exist. Choose another one.</source>
        <translation>Такой папки нет. Выберите другую.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FieldDoc may not write in that folder. Choose another one.</source>
        <translation>FieldDoc не может записывать в эту папку. Выберите другую.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {name}, marked TLP:{tlp}. The PDF is not encrypted: keep it only where it is safe.</source>
        <translation>Сохранено как {name}, гриф TLP:{tlp}. PDF не зашифрован: храните его только в безопасном месте.</translation>
    </message>
</context>
</TS>
