<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CsvExportDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report_csv.py" line="+241"/>
        <source>Export tables (CSV)</source>
        <translation>Экспорт таблиц (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the records as CSV tables</source>
        <translation>Экспорт записей в таблицы CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One CSV file per record type and per nested list, and codebook.csv, which explains every column. For analysis in a spreadsheet or a statistics program.</source>
        <translation>По одному файлу CSV на каждый тип записей и на каждый вложенный список, а также codebook.csv с описанием каждого столбца. Для анализа в электронных таблицах или статистической программе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV files are NOT encrypted</source>
        <translation>Файлы CSV НЕ зашифрованы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone who can open the folder, the drive or a copy of it can read every record in the files, without a passphrase. Choose a folder on an encrypted drive, give the files only to people who may see these records, and delete them when you are done.</source>
        <translation>Любой, кто может открыть папку, диск или их копию, прочтёт все записи в этих файлах без парольной фразы. Выберите папку на зашифрованном диске, передавайте файлы только тем, кому можно видеть эти записи, и удалите их, когда закончите работу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;understand the files will be unencrypted</source>
        <translation>Я &amp;понимаю, что файлы не будут зашифрованы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder</source>
        <translation>П&amp;апка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder to write the files into</source>
        <translation>Выберите папку, в которую записать файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;device-only records</source>
        <translation>Включить записи «только на этом &amp;устройстве»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records kept only on this device, and the links to them, will then be in the files in plain text. They are meant never to leave this device: keep these files to yourself.</source>
        <translation>Тогда в файлы открытым текстом попадут записи, хранящиеся только на этом устройстве, и связи с ними. Такие записи не должны покидать это устройство: никому не передавайте эти файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public edition (TLP:CLEAR)</source>
        <translation>&amp;Публичная версия (TLP:CLEAR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records marked TLP:CLEAR, no sources without consent to publication, and a pseudonym for everyone who did not consent to publication; no device-only records or contact details.</source>
        <translation>Только записи с пометкой TLP:CLEAR, без источников, не давших согласия на публикацию, и с псевдонимом для каждого, кто не дал согласия на публикацию; без записей «только на устройстве» и контактных данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;rtners edition (TLP:GREEN)</source>
        <translation>Версия для пар&amp;тнёров (TLP:GREEN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only records marked up to TLP:GREEN, no sources whose consent does not allow sharing with partners, and a pseudonym for everyone else; no device-only records or contact details.</source>
        <translation>Только записи с пометкой до TLP:GREEN включительно, без источников, чьё согласие не разрешает передачу партнёрам, и с псевдонимом для всех остальных; без записей «только на устройстве» и контактных данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include people&apos;s &amp;contact details</source>
        <translation>Включить &amp;контактные данные людей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone numbers, addresses and other contact details will then be in persons.csv in plain text. Leave them out unless the analysis needs them.</source>
        <translation>Тогда телефоны, адреса и другие контактные данные попадут в persons.csv открытым текстом. Не включайте их, если они не нужны для анализа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files written</source>
        <translation>Записанные файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+170"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+25"/>
        <source>Choose a folder and tick “I understand the files will be unencrypted” to export.</source>
        <translation>Чтобы экспортировать, выберите папку и отметьте «Я понимаю, что файлы не будут зашифрованы».</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Tick “I understand the files will be unencrypted” to export.</source>
        <translation>Чтобы экспортировать, отметьте «Я понимаю, что файлы не будут зашифрованы».</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <location line="+41"/>
        <source>Choose a folder to export.</source>
        <translation>Чтобы экспортировать, выберите папку.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Choose the folder for the CSV files</source>
        <translation>Выберите папку для файлов CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the full path of the folder (or use Choose…).</source>
        <translation>Укажите полный путь к папке (или нажмите «Выбрать…»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a file, not a folder. Choose a folder.</source>
        <translation>{name} — это файл, а не папка. Выберите папку.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace the earlier export?</source>
        <translation>Заменить прежний экспорт?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This folder already holds FieldDoc CSV files (%n file(s)).</source>
        <translation>
            <numerusform>В этой папке уже есть файлы CSV из FieldDoc (%n файл).</numerusform>
            <numerusform>В этой папке уже есть файлы CSV из FieldDoc (%n файла).</numerusform>
            <numerusform>В этой папке уже есть файлы CSV из FieldDoc (%n файлов).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names}

Exporting here replaces them with the new files. Other files in the folder are left alone.</source>
        <translation>{names}

Экспорт в эту папку заменит их новыми файлами. Другие файлы в папке останутся нетронутыми.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace them</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was written. Choose another folder, or export again and replace the files.</source>
        <translation>Ничего не записано. Выберите другую папку или экспортируйте снова и замените файлы.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Wrote %n file(s) to {folder}.</source>
        <translation>
            <numerusform>В {folder} записан %n файл.</numerusform>
            <numerusform>В {folder} записано %n файла.</numerusform>
            <numerusform>В {folder} записано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device-only records left out: {n}.</source>
        <translation>Не включено записей «только на этом устройстве»: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files are not encrypted: keep them only where it is safe and delete them when you are done.</source>
        <translation>Файлы не зашифрованы: храните их только в безопасном месте и удалите, когда закончите работу.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export cancelled. No file in the folder was written or changed.</source>
        <translation>Экспорт отменён. Ни один файл в папке не записан и не изменён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FieldDoc may not write in that folder. Choose another one. Nothing was written.</source>
        <translation>FieldDoc не может записывать в эту папку. Выберите другую. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That folder cannot be used. Choose another one. Nothing was written.</source>
        <translation>Эту папку нельзя использовать. Выберите другую. Ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be written there ({reason}). Choose another folder. Nothing was written.</source>
        <translation>Не удалось записать файлы в это место ({reason}). Выберите другую папку. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ReportBuilding</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report_build.py" line="+124"/>
        <source>Device-only records left out: {n}.</source>
        <translation>Не включено записей «только на этом устройстве»: {n}.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Gathering the records…</source>
        <translation>Сбор записей…</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+14"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as {name}, marked TLP:{tlp}. The PDF is not encrypted: keep it only where it is safe.</source>
        <translation>Сохранено как {name}, гриф TLP:{tlp}. PDF не зашифрован: храните его только в безопасном месте.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report.py" line="+262"/>
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
        <location line="+2"/>
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
        <source>&amp;Edition:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public (TLP:CLEAR)</source>
        <translation>Публичная (TLP:CLEAR)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-56"/>
        <source>The report may then show records kept only on this device and people&apos;s contact details; if it shows a device-only record, it is marked TLP:RED. Share it with no one who may not see them.</source>
        <translation>Тогда в отчёт могут попасть записи, хранящиеся только на этом устройстве, и контактные данные людей; если в нём окажется такая запись, он получит гриф TLP:RED. Не передавайте его никому, кому их видеть нельзя.</translation>
    </message>
    <message>
        <location line="+87"/>
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
        <location line="+11"/>
        <source>The options changed. Press Preview to see the report with them.</source>
        <translation>Параметры изменились. Нажмите «Просмотр», чтобы увидеть отчёт с ними.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Report preview</source>
        <translation>Предпросмотр отчёта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Partners (TLP:GREEN)</source>
        <translation>Для партнёров (TLP:GREEN)</translation>
    </message>
</context>
<context>
    <name>ReportPickers</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/report_pickers.py" line="+71"/>
        <source>The public edition leaves out records marked above TLP:CLEAR, device-only records, contact details and sources without consent to publication, and names people who did not consent to publication by a pseudonym. Page 1 says how much was left out.</source>
        <translation>В публичной версии нет записей с пометкой выше TLP:CLEAR, записей «только на устройстве», контактных данных и источников без согласия на публикацию, а лица, не давшие согласия на публикацию, названы псевдонимами. На первой странице указано, сколько исключено.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>(none recorded)</source>
        <translation>(нет записей)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (device-only)</source>
        <translation>{title} (только на этом устройстве)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The partners edition, for partner organisations, leaves out records marked above TLP:GREEN, device-only records, contact details and sources without consent to sharing with partners, and names people who did not consent by a pseudonym. Page 1 says how much was left out.</source>
        <translation>В версии для организаций-партнёров нет записей с пометкой выше TLP:GREEN, записей «только на устройстве», контактных данных и источников без согласия на передачу партнёрам, а лица, не давшие согласия, названы псевдонимами. На первой странице указано, сколько исключено.</translation>
    </message>
</context>
</TS>
