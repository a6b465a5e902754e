<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AdvancedJson</name>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="64" />
        <source>Parts of this record that the form does not show, as JSON. They are kept when you save; edit them here only if you know the data model.</source>
        <translation>Части записи, которые форма не показывает, в формате JSON. При сохранении они не теряются; редактируйте их здесь, только если знаете модель данных.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="72" />
        <source>Other fields (JSON)</source>
        <translation>Прочие поля (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="117" />
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>некорректный JSON (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="120" />
        <source>must be a JSON object {…}</source>
        <translation>должен быть объектом JSON {…}</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="253" />
        <source>&lt;b&gt;Analyst's assessment.&lt;/b&gt; Legal assessment made later by an analyst, kept apart from what the monitor observed. The monitor's answer is shown for reference; the compliant answer is given in brackets.</source>
        <translation>&lt;b&gt;Оценка аналитика.&lt;/b&gt; Правовая оценка, которую позже даёт аналитик; она хранится отдельно от того, что зафиксировал наблюдатель. Ответ наблюдателя показан для справки; ответ, соответствующий стандартам, указан в скобках.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="273" />
        <source>[compliant: {answer}]</source>
        <translation>[соответствует стандарту: {answer}]</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="274" />
        <source>[for information]</source>
        <translation>[для сведения]</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="281" />
        <source>The monitor's answer</source>
        <translation>Ответ наблюдателя</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="285" />
        <source>Assessment of: {question}</source>
        <translation>Оценка: {question}</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../gui/forms/evidence.py" line="76" />
        <source>&amp;Attachment</source>
        <translation>&amp;Вложение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="77" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="78" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="79" />
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="80" />
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="81" />
        <source>&amp;Related records:</source>
        <translation>&amp;Связанные записи:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="83" />
        <source>Capture</source>
        <translation>Фиксация</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="84" />
        <source>Captured &amp;at:</source>
        <translation>&amp;Когда получено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="85" />
        <source>Local offset:</source>
        <translation>Местное смещение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="86" />
        <source>Captured &amp;by:</source>
        <translation>&amp;Кем получено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="87" />
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="88" />
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="88" />
        <source>audio recorder</source>
        <translation>диктофон</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="89" />
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="89" />
        <source>screenshot</source>
        <translation>снимок экрана</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="90" />
        <source>web archive</source>
        <translation>веб-архив</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="90" />
        <source>file import</source>
        <translation>импорт файла</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="91" />
        <source>De&amp;vice:</source>
        <translation>&amp;Устройство:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="92" />
        <source>Tool:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="93" />
        <source>Tool version:</source>
        <translation>Версия программы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="94" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="95" />
        <source>Page title:</source>
        <translation>Заголовок страницы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="96" />
        <source>Post id:</source>
        <translation>ID публикации:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="97" />
        <source>Location source:</source>
        <translation>Источник координат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="98" />
        <source>Latitude:</source>
        <translation>Широта:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="99" />
        <source>Longitude:</source>
        <translation>Долгота:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="100" />
        <source>Accuracy (m):</source>
        <translation>Точность (м):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="102" />
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="103" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="104" />
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="104" />
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="105" />
        <source>disputed</source>
        <translation>оспаривается</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="106" />
        <source>By:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="107" />
        <source>At:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="108" />
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="110" />
        <source>&amp;Files and custody</source>
        <translation>&amp;Файлы и хранение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="111" />
        <source>Files (fixed at capture)</source>
        <translation>Файлы (зафиксированы при получении)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="113" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="113" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="113" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="114" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="114" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="115" />
        <source>Chain of custody (append-only)</source>
        <translation>Цепочка хранения (только дополнение)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="117" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="117" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="117" />
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="118" />
        <source>Hash verified</source>
        <translation>Хеш проверен</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="118" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="119" />
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="120" />
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="121" />
        <source>Key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="123" />
        <source>Pre&amp;view</source>
        <translation>Пр&amp;осмотр</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../gui/attachments.py" line="167" />
        <source>Select an attachment to preview it.</source>
        <translation>Выберите вложение, чтобы просмотреть его.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="179" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="179" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="179" />
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="180" />
        <source>Hash verified</source>
        <translation>Хеш проверен</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="181" />
        <source>Chain of custody:</source>
        <translation>Цепочка хранения:</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="184" />
        <source>&amp;Verify SHA-256</source>
        <translation>&amp;Проверить SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="187" />
        <source>Save a &amp;decrypted copy…</source>
        <translation>Сохранить &amp;расшифрованную копию…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="216" />
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="217" />
        <source>Type: {mime} · Size: {size}</source>
        <translation>Тип: {mime} · Размер: {size}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="219" />
        <source>SHA-256 (at capture): {sha}</source>
        <translation>SHA-256 (при получении): {sha}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="222" />
        <source>The file itself is not stored on this device (only its description).</source>
        <translation>Сам файл на этом устройстве не хранится (только его описание).</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="227" />
        <source>No file on this device.</source>
        <translation>Файла на этом устройстве нет.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="231" />
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="238" />
        <location filename="../../gui/attachments.py" line="254" />
        <source>No preview for this type of file.</source>
        <translation>Для файлов этого типа просмотр недоступен.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="275" />
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="291" />
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="292" />
        <source>The SHA-256 matches: the file is intact.</source>
        <translation>SHA-256 совпадает: файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="294" />
        <source>Verifying the attachment</source>
        <translation>Проверка вложения</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="299" />
        <source>Decrypted copy</source>
        <translation>Расшифрованная копия</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="300" />
        <source>The copy will NOT be encrypted. Anyone who gets the computer or the disk where you save it can read it, and the operating system may index it or make thumbnails of it.

Save a decrypted copy anyway?</source>
        <translation>Копия НЕ будет зашифрована. Её сможет прочитать любой, кто получит доступ к компьютеру или диску, где вы её сохраните, а операционная система может проиндексировать её или создать для неё миниатюры.

Всё равно сохранить расшифрованную копию?</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="318" />
        <source>A decrypted copy was saved. Delete it when you no longer need it.</source>
        <translation>Расшифрованная копия сохранена. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="321" />
        <source>Decrypting the attachment</source>
        <translation>Расшифровка вложения</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../gui/attachments.py" line="70" />
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="84" />
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="366" />
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="369" />
        <source>…or drop files here. They are encrypted into the vault; the originals stay where they are (delete them yourself if they must not remain).</source>
        <translation>…или перетащите файлы сюда. Они шифруются в хранилище; оригиналы остаются на месте (удалите их сами, если их нельзя оставлять).</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>Captured</source>
        <translation>Получено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/attachments.py" line="479" />
        <source>Encrypting %n file(s)…</source>
        <translation>
            <numerusform>Шифруется %n файл…</numerusform><numerusform>Шифруются %n файла…</numerusform><numerusform>Шифруются %n файлов…</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="481" />
        <source>Encrypting attachments</source>
        <translation>Шифрование вложений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/attachments.py" line="484" />
        <source>%n file(s) encrypted and attached.</source>
        <translation>
            <numerusform>%n файл зашифрован и прикреплён.</numerusform><numerusform>%n файла зашифрованы и прикреплены.</numerusform><numerusform>%n файлов зашифрованы и прикреплены.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="489" />
        <source>Cancelled. Nothing was attached from the file being encrypted.</source>
        <translation>Отменено. Из шифровавшегося файла ничего не прикреплено.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="495" />
        <source>A file could not be read: {reason}</source>
        <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="497" />
        <source>The files could not be attached.</source>
        <translation>Не удалось прикрепить файлы.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../gui/forms/case.py" line="14" />
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="15" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="16" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="17" />
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="18" />
        <source>&amp;Stage:</source>
        <translation>&amp;Стадия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="19" />
        <source>Case &amp;number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="20" />
        <source>C&amp;ourt:</source>
        <translation>С&amp;уд:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="21" />
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="22" />
        <source>O&amp;pened:</source>
        <translation>Воз&amp;буждено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="23" />
        <source>First-instance &amp;judgment:</source>
        <translation>&amp;Приговор первой инстанции:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="25" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="28" />
        <source>Defendant:</source>
        <translation>Подсудимый:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="29" />
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="30" />
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="31" />
        <source>Part:</source>
        <translation>Часть:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="32" />
        <source>Paragraph:</source>
        <translation>Пункт:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="33" />
        <source>Wording:</source>
        <translation>Формулировка:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="34" />
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="36" />
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="37" />
        <source>Add c&amp;harge</source>
        <translation>Добавить &amp;обвинение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="40" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="41" />
        <source>Event:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="43" />
        <source>Procedural history</source>
        <translation>Ход дела</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="44" />
        <source>Add st&amp;ep</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="46" />
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Анкета</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="48" />
        <source>Monitor's answers for the whole case</source>
        <translation>Ответы наблюдателя по делу в целом</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="50" />
        <source>Analyst's &amp;assessment</source>
        <translation>&amp;Оценка аналитика</translation>
    </message>
</context>
<context>
    <name>DetentionEditor</name>
    <message>
        <location filename="../../gui/forms/detention.py" line="30" />
        <source>&amp;Detention</source>
        <translation>&amp;Задержание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="31" />
        <source>Who and what</source>
        <translation>Кто и что</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="32" />
        <source>&amp;Detained person:</source>
        <translation>&amp;Задержанный:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="33" />
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="34" />
        <source>P&amp;rocedure:</source>
        <translation>&amp;Производство:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="35" />
        <source>Detention &amp;type:</source>
        <translation>&amp;Вид задержания:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="36" />
        <source>HURIDOCS list 29</source>
        <translation>HURIDOCS, список 29</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="38" />
        <source>Apprehension</source>
        <translation>Момент задержания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="39" />
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="40" />
        <source>W&amp;here:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="41" />
        <source>&amp;Authority:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="42" />
        <source>O&amp;fficers:</source>
        <translation>&amp;Сотрудники:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="42" />
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="43" />
        <source>Plain clothes:</source>
        <translation>В штатском:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="44" />
        <source>&amp;Force used:</source>
        <translation>Применена &amp;сила:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="45" />
        <source>Told the &amp;reasons:</source>
        <translation>Сообщены п&amp;ричины:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="46" />
        <source>Rights e&amp;xplained:</source>
        <translation>Права р&amp;азъяснены:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="47" />
        <source>Protocol no.:</source>
        <translation>№ протокола:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="48" />
        <source>Protocol time:</source>
        <translation>Время протокола:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="49" />
        <source>C&amp;ircumstances:</source>
        <translation>&amp;Обстоятельства:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="51" />
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="52" />
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="53" />
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="54" />
        <source>Part:</source>
        <translation>Часть:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="55" />
        <source>Decided by:</source>
        <translation>Кем принято решение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="56" />
        <source>Decision date:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="57" />
        <source>Arrest (days):</source>
        <translation>Арест (суток):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="58" />
        <source>Administrative arrest</source>
        <translation>Административный арест</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="61" />
        <source>C&amp;ustody and access</source>
        <translation>Со&amp;держание и доступ</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="62" />
        <source>Judicial control</source>
        <translation>Судебный контроль</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="63" />
        <source>First before a &amp;judge:</source>
        <translation>Впервые доставлен к &amp;судье:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="64" />
        <source>Hours to judge:</source>
        <translation>Часов до судьи:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="65" />
        <source>Over 48 hours is a concern (HRC General Comment 35)</source>
        <translation>Более 48 часов вызывает обеспокоенность (Замечание общего порядка № 35 КПЧ)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="68" />
        <location filename="../../gui/forms/detention.py" line="118" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="69" />
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="71" />
        <source>Add judicial &amp;review</source>
        <translation>Добавить судебную &amp;проверку</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="74" />
        <source>Facility:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="75" />
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="76" />
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="77" />
        <source>Whereabouts:</source>
        <translation>Местонахождение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="78" />
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="79" />
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="80" />
        <location filename="../../gui/forms/detention.py" line="92" />
        <location filename="../../gui/forms/detention.py" line="120" />
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="82" />
        <source>Custody path</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="83" />
        <source>Add place of &amp;custody</source>
        <translation>Добавить место &amp;содержания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="85" />
        <source>Access to safeguards</source>
        <translation>Доступ к гарантиям</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="86" />
        <source>Lawyer:</source>
        <translation>Адвокат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="86" />
        <source>Family notified:</source>
        <translation>Семья уведомлена:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="87" />
        <source>Medical exam:</source>
        <translation>Медосмотр:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="87" />
        <source>Consular:</source>
        <translation>Консул:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="88" />
        <source>Monitors:</source>
        <translation>Наблюдатели:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="90" />
        <source>First:</source>
        <translation>Впервые:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="93" />
        <source>Legal counsel:</source>
        <translation>Юридическая помощь:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="94" />
        <source>HURIDOCS list 31</source>
        <translation>HURIDOCS, список 31</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="97" />
        <source>&amp;Ill-treatment and release</source>
        <translation>&amp;Жестокое обращение и освобождение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="98" />
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="99" />
        <source>&amp;Alleged:</source>
        <translation>&amp;Заявлено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="100" />
        <source>P&amp;hase:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="100" />
        <source>e.g. interrogation, transfer</source>
        <translation>напр. допрос, этапирование</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="101" />
        <source>&amp;Methods:</source>
        <translation>&amp;Методы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="101" />
        <source>HURIDOCS list 5 codes</source>
        <translation>коды HURIDOCS, список 5</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="103" />
        <source>&amp;Perpetrators:</source>
        <translation>&amp;Виновные:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="105" />
        <source>Medical evidence:</source>
        <translation>Медицинские доказательства:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="106" />
        <source>Statements signed:</source>
        <translation>Подписанные показания:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="107" />
        <source>HURIDOCS list 36</source>
        <translation>HURIDOCS, список 36</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="108" />
        <source>Medical attention:</source>
        <translation>Медицинская помощь:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="109" />
        <source>HURIDOCS list 37</source>
        <translation>HURIDOCS, список 37</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="110" />
        <source>Complaint date:</source>
        <translation>Дата жалобы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="111" />
        <source>Complaint to:</source>
        <translation>Жалоба в:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="112" />
        <source>Complaint outcome:</source>
        <translation>Итог жалобы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="114" />
        <source>Conditions and discipline</source>
        <translation>Условия и взыскания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="115" />
        <source>Co&amp;nditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="119" />
        <source>Measure:</source>
        <translation>Мера:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="122" />
        <source>Add disciplinary &amp;measure</source>
        <translation>Добавить &amp;взыскание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="124" />
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="125" />
        <source>Release &amp;date:</source>
        <translation>&amp;Дата освобождения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="126" />
        <source>Release t&amp;ype:</source>
        <translation>&amp;Основание освобождения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="127" />
        <source>Conditions:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="130" />
        <source>Analyst's &amp;assessment</source>
        <translation>&amp;Оценка аналитика</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="131" />
        <source>Analyst's assessment (set at headquarters, not by the monitor)</source>
        <translation>Оценка аналитика (даётся в штаб-квартире, а не наблюдателем)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="133" />
        <source>&amp;Liberty status:</source>
        <translation>&amp;Статус свободы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="134" />
        <source>HURIDOCS list 25</source>
        <translation>HURIDOCS, список 25</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="135" />
        <source>&amp;WGAD categories:</source>
        <translation>Категории &amp;РГПЗ ООН:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="136" />
        <source>Assessment &amp;status:</source>
        <translation>&amp;Статус оценки:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="137" />
        <source>&amp;Reasoning:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../gui/forms/people.py" line="44" />
        <source>Possibly already here under another spelling: {names}. Open that record instead of creating a duplicate.</source>
        <translation>Возможно, уже есть под другим написанием: {names}. Откройте эту запись, чтобы не создавать дубликат.</translation>
    </message>
</context>
<context>
    <name>FairTrialChecklist</name>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="45" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="46" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="47" />
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="48" />
        <source>Not observed</source>
        <translation>Не наблюдалось</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="49" />
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="50" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="87" />
        <source>The monitor records what was observed. Keys on a row of buttons: 1 yes, 2 no, 3 partly, 4 not observed, 5 not applicable, 6 unknown; Space clears; ←/→ move. The analyst's assessment is on its own tab.</source>
        <translation>Наблюдатель фиксирует то, что видел. Клавиши в ряду кнопок: 1 да, 2 нет, 3 частично, 4 не наблюдалось, 5 неприменимо, 6 неизвестно; пробел — очистить; ←/→ — перемещение. Оценка аналитика — на отдельной вкладке.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="114" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="116" />
        <source>Note on: {question}</source>
        <translation>Примечание к вопросу: {question}</translation>
    </message>
</context>
<context>
    <name>HearingEditor</name>
    <message>
        <location filename="../../gui/forms/hearing.py" line="49" />
        <source>&amp;Hearing</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="50" />
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="51" />
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="52" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="53" />
        <source>&amp;Instance:</source>
        <translation>&amp;Инстанция:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="54" />
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="55" />
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="56" />
        <source>Court&amp;room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="57" />
        <source>C&amp;ourt:</source>
        <translation>С&amp;уд:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="58" />
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="59" />
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="59" />
        <source>Language tags, e.g. ru, kk</source>
        <translation>Коды языков, напр. ru, kk</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="60" />
        <source>Languages the hearing was held in</source>
        <translation>Языки, на которых шло заседание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="61" />
        <source>Timing</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="62" />
        <source>Sc&amp;heduled start:</source>
        <translation>&amp;Назначено на:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="63" />
        <source>Act&amp;ual start:</source>
        <translation>&amp;Фактическое начало:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="64" />
        <source>&amp;End:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="65" />
        <source>Ad&amp;journed to:</source>
        <translation>&amp;Отложено до:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="66" />
        <source>Adjournment &amp;reason:</source>
        <translation>&amp;Причина отложения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="69" />
        <source>&amp;Bench and parties</source>
        <translation>&amp;Суд и стороны</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="70" />
        <source>Bench and prosecution</source>
        <translation>Состав суда и обвинение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="71" />
        <source>Presiding &amp;judge:</source>
        <translation>&amp;Председательствующий:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="72" />
        <source>Other &amp;judges:</source>
        <translation>Другие &amp;судьи:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="73" />
        <source>&amp;Prosecutors:</source>
        <translation>&amp;Прокуроры:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="74" />
        <source>J&amp;ury:</source>
        <translation>Прис&amp;яжные:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="77" />
        <location filename="../../gui/forms/hearing.py" line="188" />
        <source>Defendant:</source>
        <translation>Подсудимый:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="78" />
        <source>Presence:</source>
        <translation>Присутствие:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="79" />
        <source>In custody:</source>
        <translation>Под стражей:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="80" />
        <source>Dock:</source>
        <translation>Место в зале:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="81" />
        <source>Restraints:</source>
        <translation>Наручники:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="82" />
        <location filename="../../gui/forms/hearing.py" line="92" />
        <location filename="../../gui/forms/hearing.py" line="105" />
        <location filename="../../gui/forms/hearing.py" line="115" />
        <location filename="../../gui/forms/hearing.py" line="194" />
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="84" />
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="85" />
        <source>Add &amp;defendant</source>
        <translation>Добавить &amp;подсудимого</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="88" />
        <source>Counsel:</source>
        <translation>Защитник:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="89" />
        <source>Appointment:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="90" />
        <source>For:</source>
        <translation>Кого защищает:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="91" />
        <location filename="../../gui/forms/hearing.py" line="132" />
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="94" />
        <source>Defence counsel</source>
        <translation>Защитники</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="95" />
        <source>Add &amp;counsel</source>
        <translation>Добавить &amp;защитника</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="98" />
        <source>Witness:</source>
        <translation>Свидетель:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="99" />
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="99" />
        <source>e.g. W-07</source>
        <translation>напр. W-07</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="100" />
        <source>Called by:</source>
        <translation>Вызван:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="101" />
        <location filename="../../gui/forms/hearing.py" line="168" />
        <source>prosecution</source>
        <translation>обвинением</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="101" />
        <location filename="../../gui/forms/hearing.py" line="168" />
        <source>defence</source>
        <translation>защитой</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="102" />
        <source>court</source>
        <translation>судом</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="103" />
        <source>Anonymous:</source>
        <translation>Анонимно:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="104" />
        <source>Remote:</source>
        <translation>Дистанционно:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="107" />
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="108" />
        <source>Add &amp;witness</source>
        <translation>Добавить &amp;свидетеля</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="110" />
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="111" />
        <source>Needed:</source>
        <translation>Нужен:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="112" />
        <source>Provided:</source>
        <translation>Предоставлен:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="113" />
        <source>Adequate:</source>
        <translation>Качество достаточное:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="114" />
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="118" />
        <source>&amp;Openness</source>
        <translation>&amp;Открытость</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="119" />
        <source>Public access</source>
        <translation>Доступ публики</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="120" />
        <source>&amp;Access:</source>
        <translation>&amp;Доступ:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="121" />
        <source>Pass required:</source>
        <translation>Нужен пропуск:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="122" />
        <source>Overflow room:</source>
        <translation>Доп. зал:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="123" />
        <source>Seats:</source>
        <translation>Мест:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="124" />
        <source>Attendance (est.):</source>
        <translation>Присутствовало (прибл.):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="125" />
        <source>Denied entry:</source>
        <translation>Не пропущено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="126" />
        <location filename="../../gui/forms/hearing.py" line="140" />
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="129" />
        <source>Monitor:</source>
        <translation>Наблюдатель:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="130" />
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="131" />
        <source>Admission:</source>
        <translation>Допуск:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="134" />
        <source>Monitors</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="135" />
        <source>Add &amp;monitor</source>
        <translation>Добавить &amp;наблюдателя</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="137" />
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="138" />
        <source>Media &amp;present:</source>
        <translation>&amp;СМИ присутствуют:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="139" />
        <source>&amp;Recording allowed:</source>
        <translation>&amp;Съёмка разрешена:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="142" />
        <source>Security and conditions</source>
        <translation>Охрана и условия</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="143" />
        <source>&amp;Security presence:</source>
        <translation>&amp;Охрана, полиция:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="144" />
        <source>Con&amp;ditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="145" />
        <source>Room, seating, heat, access to documents …</source>
        <translation>Зал, места, температура, доступ к документам…</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="148" />
        <source>&amp;What happened</source>
        <translation>&amp;Что происходило</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="149" />
        <source>Narrative</source>
        <translation>Описание хода заседания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="150" />
        <source>&amp;Narrative:</source>
        <translation>&amp;Ход заседания:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="151" />
        <source>What happened, in order, as observed. Facts only; assessment belongs to the analyst.</source>
        <translation>Что происходило, по порядку, как вы это видели. Только факты; оценку даёт аналитик.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="154" />
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="155" />
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="156" />
        <source>testimony</source>
        <translation>показания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="156" />
        <source>motion</source>
        <translation>ходатайство</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="157" />
        <source>ruling</source>
        <translation>решение суда</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="157" />
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="158" />
        <source>recess</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="158" />
        <source>evidence examined</source>
        <translation>исследование доказательств</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="159" />
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="160" />
        <location filename="../../gui/forms/hearing.py" line="167" />
        <source>By:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="161" />
        <source>Summary:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="163" />
        <source>Procedural events</source>
        <translation>Процессуальные события</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="164" />
        <source>Add &amp;event</source>
        <translation>Добавить &amp;событие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="169" />
        <source>defendant</source>
        <translation>подсудимый</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="169" />
        <source>victim</source>
        <translation>потерпевший</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="170" />
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="171" />
        <source>Ruling:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="172" />
        <source>granted</source>
        <translation>удовлетворено</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="172" />
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="173" />
        <source>partly granted</source>
        <translation>удовлетворено частично</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="173" />
        <source>deferred</source>
        <translation>отложено</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="174" />
        <source>Reason given:</source>
        <translation>Мотивировка:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="174" />
        <source>the reason, if any</source>
        <translation>мотивировка, если была</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="177" />
        <source>Motions</source>
        <translation>Ходатайства</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="178" />
        <source>Add m&amp;otion</source>
        <translation>Добавить &amp;ходатайство</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="180" />
        <source>Allegation of torture or ill-treatment</source>
        <translation>Заявление о пытках или жестоком обращении</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="181" />
        <source>&amp;Raised:</source>
        <translation>&amp;Заявлено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="182" />
        <source>Raised b&amp;y:</source>
        <translation>&amp;Кем заявлено:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="183" />
        <source>Raised by (role):</source>
        <translation>Кем заявлено (роль):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="184" />
        <source>e.g. defendant, counsel</source>
        <translation>напр. подсудимый, защитник</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="185" />
        <source>Court's res&amp;ponse:</source>
        <translation>&amp;Реакция суда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="189" />
        <source>Result:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="190" />
        <source>Sentence:</source>
        <translation>Наказание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="191" />
        <source>Years:</source>
        <translation>Лет:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="192" />
        <source>Suspended:</source>
        <translation>Условно:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="193" />
        <source>Confiscation:</source>
        <translation>Конфискация:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="196" />
        <source>Verdicts</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="197" />
        <source>Add &amp;verdict</source>
        <translation>Добавить &amp;приговор</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="200" />
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Анкета</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="202" />
        <source>Monitor's answers</source>
        <translation>Ответы наблюдателя</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="204" />
        <source>Analyst's &amp;assessment</source>
        <translation>&amp;Оценка аналитика</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/history.py" line="70" />
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="82" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="82" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="82" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="102" />
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="103" />
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="104" />
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="105" />
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="106" />
        <source>conflicting edit</source>
        <translation>конфликтующее изменение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history.py" line="118" />
        <source>%n revision(s). Each is a full snapshot, hash-linked to the one before.</source>
        <translation>
            <numerusform>%n версия. Каждая — полный снимок, связанный хешем с предыдущей.</numerusform><numerusform>%n версии. Каждая — полный снимок, связанный хешем с предыдущей.</numerusform><numerusform>%n версий. Каждая — полный снимок, связанный хешем с предыдущей.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="121" />
        <source>Revision {n} · {when} · {op}
by {author} on device {device}</source>
        <translation>Версия {n} · {when} · {op}
автор {author}, устройство {device}</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../gui/forms/incident.py" line="21" />
        <source>&amp;Incident</source>
        <translation>&amp;Инцидент</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="22" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="23" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="24" />
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="25" />
        <source>&amp;Where:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="26" />
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="27" />
        <source>&amp;End:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="28" />
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="29" />
        <source>I&amp;mpact:</source>
        <translation>П&amp;оследствия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="30" />
        <source>Conte&amp;xt tags:</source>
        <translation>&amp;Метки контекста:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="30" />
        <source>e.g. zhanaozen-strike-2011</source>
        <translation>напр. zhanaozen-strike-2011</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="32" />
        <source>Linked &amp;attachments:</source>
        <translation>Связанные &amp;вложения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="35" />
        <source>HURIDOCS coding</source>
        <translation>Коды HURIDOCS</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="36" />
        <source>&amp;Rights affected:</source>
        <translation>&amp;Затронутые права:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="37" />
        <source>HURIDOCS list 3 codes</source>
        <translation>коды HURIDOCS, список 3</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="38" />
        <source>&amp;Violation status:</source>
        <translation>&amp;Статус нарушения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="39" />
        <source>HURIDOCS list 41</source>
        <translation>HURIDOCS, список 41</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="40" />
        <source>M&amp;onitoring status:</source>
        <translation>Статус &amp;мониторинга:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="41" />
        <source>HURIDOCS list 43</source>
        <translation>HURIDOCS, список 43</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="43" />
        <source>Casualties</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="44" />
        <source>Killed</source>
        <translation>Погибшие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="44" />
        <source>Injured</source>
        <translation>Раненые</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="45" />
        <source>Detained</source>
        <translation>Задержанные</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="48" />
        <source>Official:</source>
        <translation>Официально:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="49" />
        <source>Min:</source>
        <translation>Мин.:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="50" />
        <source>Max:</source>
        <translation>Макс.:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="51" />
        <source>About:</source>
        <translation>Около:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="52" />
        <source>Disputed:</source>
        <translation>Оспаривается:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="53" />
        <location filename="../../gui/forms/incident.py" line="79" />
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="55" />
        <source>A&amp;cts</source>
        <translation>&amp;Действия</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="58" />
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="59" />
        <location filename="../../gui/forms/incident.py" line="73" />
        <source>Involvement:</source>
        <translation>Степень участия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="60" />
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="63" />
        <source>Victim:</source>
        <translation>Пострадавший:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="64" />
        <source>Act:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="65" />
        <source>Attempted:</source>
        <translation>Покушение:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="66" />
        <source>Methods:</source>
        <translation>Методы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="66" />
        <source>HURIDOCS list 5</source>
        <translation>HURIDOCS, список 5</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="67" />
        <source>Attribution:</source>
        <translation>Атрибуция:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="68" />
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="69" />
        <source>End:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="70" />
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="71" />
        <source>Exact place:</source>
        <translation>Точное место:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="72" />
        <source>Perpetrators:</source>
        <translation>Виновные:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="74" />
        <source>Stated reason:</source>
        <translation>Названная причина:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="75" />
        <source>Physical harm:</source>
        <translation>Физический вред:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="76" />
        <source>Status at end:</source>
        <translation>Итоговый статус:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="77" />
        <source>Psychological harm:</source>
        <translation>Психологический вред:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="80" />
        <source>Unidentified:</source>
        <translation>Неустановленные:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="81" />
        <source>Add unidentified perpetrator</source>
        <translation>Добавить неустановленного виновного</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="84" />
        <source>Acts (who did what to whom)</source>
        <translation>Действия (кто, что и с кем сделал)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="85" />
        <source>Add &amp;act</source>
        <translation>Добавить &amp;действие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="86" />
        <source>Unidentified perpetrators of the incident</source>
        <translation>Неустановленные виновные в инциденте</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="87" />
        <source>Add &amp;perpetrator</source>
        <translation>Добавить &amp;виновного</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../gui/forms/links.py" line="55" />
        <source>&amp;Intervention</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="56" />
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="57" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="58" />
        <source>&amp;By:</source>
        <translation>&amp;Кем:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="59" />
        <source>&amp;About:</source>
        <translation>&amp;По поводу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="60" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="61" />
        <source>&amp;Addressed to:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="62" />
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="62" />
        <source>HURIDOCS list 20</source>
        <translation>HURIDOCS, список 20</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="63" />
        <source>&amp;Response:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="63" />
        <source>HURIDOCS list 27</source>
        <translation>HURIDOCS, список 27</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="64" />
        <source>I&amp;mpact:</source>
        <translation>П&amp;оследствия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="64" />
        <source>HURIDOCS list 44</source>
        <translation>HURIDOCS, список 44</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="65" />
        <source>HURIDOCS list 45</source>
        <translation>HURIDOCS, список 45</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="66" />
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="66" />
        <source>HURIDOCS list 46</source>
        <translation>HURIDOCS, список 46</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="67" />
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
</context>
<context>
    <name>InvolvementEditor</name>
    <message>
        <location filename="../../gui/forms/links.py" line="15" />
        <source>&amp;Involvement</source>
        <translation>&amp;Участие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="16" />
        <source>Who, in what role, in what</source>
        <translation>Кто, в какой роли, в чём</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="17" />
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="18" />
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="19" />
        <source>&amp;In:</source>
        <translation>&amp;В чём:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="20" />
        <source>The case, hearing, incident, detention or organisation</source>
        <translation>Дело, заседание, инцидент, задержание или организация</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="21" />
        <source>&amp;For:</source>
        <translation>&amp;За кого:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="22" />
        <source>e.g. the clients of a defence counsel</source>
        <translation>напр. подзащитные адвоката</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="23" />
        <source>F&amp;rom:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="24" />
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="25" />
        <source>Perpetrators (HURIDOCS)</source>
        <translation>Виновные (HURIDOCS)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="26" />
        <source>&amp;Degree of involvement:</source>
        <translation>&amp;Степень участия:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="27" />
        <source>HURIDOCS list 18</source>
        <translation>HURIDOCS, список 18</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="28" />
        <source>Perpetrator &amp;type:</source>
        <translation>&amp;Тип виновного:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="29" />
        <source>HURIDOCS list 24</source>
        <translation>HURIDOCS, список 24</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="30" />
        <source>Later &amp;status:</source>
        <translation>Последующий &amp;статус:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="31" />
        <source>HURIDOCS list 26</source>
        <translation>HURIDOCS, список 26</translation>
    </message>
</context>
<context>
    <name>JuryEdit</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="374" />
        <source>No jury</source>
        <translation>Без присяжных</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="375" />
        <source>Jury</source>
        <translation>С присяжными</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="376" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="378" />
        <source>jurors</source>
        <translation>присяжных</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="379" />
        <source>Number of jurors</source>
        <translation>Число присяжных</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="8" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="9" />
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="10" />
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="11" />
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="12" />
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="13" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="14" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="15" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="16" />
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="17" />
        <source>Involvement</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="18" />
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="19" />
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="23" />
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="24" />
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="25" />
        <source>New location</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="26" />
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../gui/forms/people.py" line="70" />
        <source>&amp;Location</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="71" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Имя, название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="73" />
        <source>Name in &amp;Russian:</source>
        <translation>Название по-&amp;русски:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="74" />
        <source>Name in &amp;Kazakh:</source>
        <translation>Название по-&amp;казахски:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="75" />
        <source>&amp;Within:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="76" />
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="77" />
        <source>ISO 3166-1 two-letter code</source>
        <translation>двухбуквенный код ISO 3166-1</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="78" />
        <source>&amp;Subdivision code:</source>
        <translation>&amp;Код региона:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="79" />
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="80" />
        <source>&amp;Type of location:</source>
        <translation>&amp;Тип места:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="81" />
        <source>HURIDOCS list 17</source>
        <translation>HURIDOCS, список 17</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="82" />
        <source>Pre&amp;cision:</source>
        <translation>&amp;Точность:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="83" />
        <source>building</source>
        <translation>здание</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="83" />
        <source>site</source>
        <translation>площадка, участок</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="84" />
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="84" />
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="85" />
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="86" />
        <source>L&amp;atitude:</source>
        <translation>&amp;Широта:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="87" />
        <source>L&amp;ongitude:</source>
        <translation>&amp;Долгота:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="88" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="89" />
        <source>IANA name; Aktau was UTC+5 and Almaty UTC+6 in 2012</source>
        <translation>имя IANA; в 2012 году в Актау было UTC+5, в Алматы — UTC+6</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="258" />
        <source>Type to search and add…</source>
        <translation>Начните вводить, чтобы найти и добавить…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="263" />
        <source>Remove the selected entry (Delete)</source>
        <translation>Убрать выбранное (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="264" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="283" />
        <source>{id} (not found)</source>
        <translation>{id} (не найдено)</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../gui/forms/people.py" line="52" />
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="53" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="54" />
        <source>&amp;Name:</source>
        <translation>&amp;Имя, название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="55" />
        <source>Name in &amp;Russian:</source>
        <translation>Название по-&amp;русски:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="56" />
        <source>Name in &amp;Kazakh:</source>
        <translation>Название по-&amp;казахски:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="57" />
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="58" />
        <source>Court &amp;level:</source>
        <translation>&amp;Уровень суда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="59" />
        <source>Courts only</source>
        <translation>Только для судов</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="60" />
        <source>&amp;Part of:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="61" />
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="62" />
        <source>&amp;Perpetrator type:</source>
        <translation>&amp;Тип виновного:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="63" />
        <source>HURIDOCS list 24, if the organisation is a perpetrator</source>
        <translation>HURIDOCS, список 24, если организация — виновная сторона</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../gui/widgets/dates.py" line="101" />
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="104" />
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="106" />
        <source>How precisely the date is known (— = no date)</source>
        <translation>Насколько точно известна дата (— = даты нет)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="111" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="114" />
        <source>Year (↑/↓ change it)</source>
        <translation>Год (↑/↓ — изменить)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="118" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="126" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="128" />
        <source>Day (↑/↓ change it)</source>
        <translation>День (↑/↓ — изменить)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="133" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="138" />
        <source>UTC offset</source>
        <translation>Смещение от UTC</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="139" />
        <source>UTC offset of the local time (Aktau +05:00, Almaty +06:00 in 2012)</source>
        <translation>Смещение местного времени от UTC (в 2012 году Актау +05:00, Алматы +06:00)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="141" />
        <source>local time</source>
        <translation>местное время</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="147" />
        <source>estimated</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="148" />
        <source>The date is an estimate</source>
        <translation>Дата приблизительная</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="254" />
        <source>— (kept: {value})</source>
        <translation>— (сохранено: {value})</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../gui/forms/people.py" line="22" />
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="23" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="24" />
        <source>&amp;Name:</source>
        <translation>&amp;Имя, название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="24" />
        <source>Full name, or a pseudonym / code</source>
        <translation>Полное имя, псевдоним или код</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="25" />
        <source>&amp;Other names:</source>
        <translation>&amp;Другие имена:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="25" />
        <source>One per line: spellings, Cyrillic form, maiden name…</source>
        <translation>По одному в строке: варианты написания, кириллицей, девичья фамилия…</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="28" />
        <source>Pse&amp;udonym:</source>
        <translation>&amp;Псевдоним:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="29" />
        <source>Yes if the name is a code or pseudonym</source>
        <translation>«Да», если имя — код или псевдоним</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="30" />
        <source>Public fi&amp;gure:</source>
        <translation>Публичная &amp;фигура:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="31" />
        <source>Co&amp;unting unit:</source>
        <translation>&amp;Единица учёта:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="32" />
        <source>Group si&amp;ze:</source>
        <translation>&amp;Размер группы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="33" />
        <source>For a group: how many people</source>
        <translation>Для группы: сколько человек</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="34" />
        <source>Se&amp;x:</source>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="35" />
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="37" />
        <source>Occu&amp;pation:</source>
        <translation>Р&amp;од занятий:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="38" />
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="38" />
        <source>Country codes, e.g. KZ, RU</source>
        <translation>Коды стран, напр. KZ, RU</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="39" />
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="39" />
        <source>Language tags, e.g. kk, ru</source>
        <translation>Коды языков, напр. kk, ru</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="40" />
        <source>&amp;Deceased:</source>
        <translation>&amp;Умер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="41" />
        <source>Date of dea&amp;th:</source>
        <translation>Дата &amp;смерти:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="43" />
        <source>Contact details</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="44" />
        <source>Con&amp;tact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="45" />
        <source>Kept encrypted on this device and never exported by default.</source>
        <translation>Хранится в зашифрованном виде на этом устройстве и по умолчанию никогда не экспортируется.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../gui/forms/base.py" line="160" />
        <source>Con&amp;fidentiality:</source>
        <extracomment>Keys of ``defaults`` that mean something else for this kind, e.g. case_id -&gt; related_case_id.</extracomment>
        <translation>&amp;Конфиденциальность:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="166" />
        <source>TLP marking; it follows the confidentiality level</source>
        <translation>Метка TLP; определяется уровнем конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="173" />
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="185" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="188" />
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="210" />
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="213" />
        <source>Ctrl+S save · Esc close · Ctrl+PgUp/PgDn change tab</source>
        <translation>Ctrl+S — сохранить · Esc — закрыть · Ctrl+PgUp/PgDn — вкладки</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="217" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="220" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="263" />
        <source>12-digit HURIDOCS code</source>
        <translation>12-значный код HURIDOCS</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="289" />
        <source>Criminal Code of Kazakhstan, 1997</source>
        <translation>Уголовный кодекс РК 1997 г.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="290" />
        <source>Criminal Code of Kazakhstan, 2014</source>
        <translation>Уголовный кодекс РК 2014 г.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="291" />
        <source>Criminal Procedure Code of Kazakhstan, 1997</source>
        <translation>Уголовно-процессуальный кодекс РК 1997 г.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="292" />
        <source>Criminal Procedure Code of Kazakhstan, 2014</source>
        <translation>Уголовно-процессуальный кодекс РК 2014 г.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="293" />
        <source>Code of Administrative Offences of Kazakhstan, 2001</source>
        <translation>Кодекс РК об административных правонарушениях 2001 г.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="294" />
        <source>Code of Administrative Offences of Kazakhstan, 2014</source>
        <translation>Кодекс РК об административных правонарушениях 2014 г.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="298" />
        <source>Sources and &amp;notes</source>
        <translation>Ист&amp;очники</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="299" />
        <source>Sources and notes</source>
        <translation>Источники и примечания</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="300" />
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="301" />
        <source>Where the information in this record comes from</source>
        <translation>Откуда получены сведения этой записи</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="302" />
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="307" />
        <source>Save the record first, then attach files to it.</source>
        <translation>Сначала сохраните запись, затем прикрепляйте к ней файлы.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="311" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="315" />
        <source>Advanced (JSON)</source>
        <translation>Прочее (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="353" />
        <source>New: {kind}</source>
        <translation>Новая запись: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="356" />
        <source>unsaved changes</source>
        <translation>есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="389" />
        <source>“{text}” is not linked to a record: choose it from the list or create it with +.</source>
        <translation>«{text}» не связано с записью: выберите из списка или создайте кнопкой +.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="393" />
        <source>Advanced (JSON): {error}</source>
        <translation>Прочее (JSON): {error}</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="426" />
        <source>Not saved. {reason}</source>
        <translation>Не сохранено. {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="442" />
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="469" />
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/forms/base.py" line="479" />
        <source>Not saved: %n problem(s). They are shown next to the fields.</source>
        <translation>
            <numerusform>Не сохранено: %n ошибка. Ошибки показаны рядом с полями.</numerusform><numerusform>Не сохранено: %n ошибки. Ошибки показаны рядом с полями.</numerusform><numerusform>Не сохранено: %n ошибок. Ошибки показаны рядом с полями.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="531" />
        <source>Unsaved changes to this form from {when} UTC were kept as an encrypted draft. Restore them?</source>
        <translation>Несохранённые изменения этой формы от {when} UTC сохранены как зашифрованный черновик. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="565" />
        <source>This form has unsaved changes.</source>
        <translation>В форме есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="566" />
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="643" />
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="107" />
        <source>any record</source>
        <translation>любая запись</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="108" />
        <source>Type to search ({kinds})…</source>
        <translation>Начните вводить для поиска ({kinds})…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="121" />
        <source>Create a new record with the typed name</source>
        <translation>Создать новую запись с введённым именем</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="122" />
        <source>Create new</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="165" />
        <source>+ {new}: “{name}”</source>
        <translation>+ {new}: «{name}»</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="288" />
        <source>(similar to “{other}”, already here)</source>
        <translation>(похожая запись уже есть: «{other}»)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="187" />
        <source>Type the name first, then press +</source>
        <translation>Сначала введите имя, затем нажмите +</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../gui/forms/links.py" line="39" />
        <source>&amp;Relation</source>
        <translation>&amp;Связь</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="40" />
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="41" />
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="44" />
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="45" />
        <source>An application type, or a HURIDOCS list 22 code (12 digits)</source>
        <translation>Тип из приложения или код HURIDOCS из списка 22 (12 цифр)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="46" />
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="47" />
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="47" />
        <source>e.g. causes, precedes</source>
        <translation>напр. причина, предшествует</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../gui/widgets/repeat.py" line="51" />
        <location filename="../../gui/widgets/repeat.py" line="52" />
        <source>Remove this entry</source>
        <translation>Удалить эту строку</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/repeat.py" line="92" />
        <source>This entry has a form the editor does not show; it is kept as it is (see the Advanced tab).</source>
        <translation>Эта строка имеет вид, который форма не показывает; она сохраняется как есть (см. вкладку «Прочее (JSON)»).</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../gui/forms/evidence.py" line="19" />
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="20" />
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="21" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="22" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="23" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="24" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="26" />
        <source>&amp;Publisher:</source>
        <translation>&amp;Издатель:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="27" />
        <source>P&amp;erson (informant):</source>
        <translation>&amp;Человек (информант):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="28" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="29" />
        <source>&amp;Material type:</source>
        <translation>&amp;Тип материала:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="30" />
        <source>HURIDOCS list 16</source>
        <translation>HURIDOCS, список 16</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="31" />
        <source>&amp;Connection:</source>
        <translation>&amp;Связь с информацией:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="32" />
        <source>HURIDOCS list 19: the source's connection to the information</source>
        <translation>HURIDOCS, список 19: как источник связан с информацией</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="34" />
        <source>Grading (Admiralty scale)</source>
        <translation>Оценка (шкала Адмиралтейства)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="35" />
        <source>&amp;Reliability of the source:</source>
        <translation>&amp;Надёжность источника:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="36" />
        <source>Cred&amp;ibility of the information:</source>
        <translation>&amp;Достоверность сведений:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="38" />
        <source>&amp;Interview and consent</source>
        <translation>&amp;Интервью и согласие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="39" />
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="40" />
        <source>Interview &amp;date:</source>
        <translation>&amp;Дата интервью:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="41" />
        <source>Interviewer:</source>
        <translation>Интервьюер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="42" />
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="43" />
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="43" />
        <source>phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="44" />
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="44" />
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="45" />
        <source>in writing</source>
        <translation>письменно</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="46" />
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="48" />
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="49" />
        <source>&amp;Given:</source>
        <translation>&amp;Дано:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="50" />
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="51" />
        <source>Taken by:</source>
        <translation>Кто получил:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="52" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="53" />
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="53" />
        <source>Store identity:</source>
        <translation>Хранить личность:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="54" />
        <source>Share with HQ:</source>
        <translation>Передать в штаб-квартиру:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="55" />
        <source>Share with partners:</source>
        <translation>Передать партнёрам:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="56" />
        <source>Share with UN/OSCE:</source>
        <translation>Передать ООН/ОБСЕ:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="57" />
        <source>Recontact:</source>
        <translation>Повторный контакт:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="59" />
        <source>Publish:</source>
        <translation>Публикация:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="60" />
        <source>Withdrawn at:</source>
        <translation>Отозвано:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="62" />
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="63" />
        <source>Protection &amp;risk:</source>
        <translation>&amp;Риск для человека:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="64" />
        <source>&amp;Handling:</source>
        <translation>&amp;Порядок связи:</translation>
    </message>
</context>
<context>
    <name>TriBool</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="154" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="155" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="157" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="219" />
        <source>{code} (not in the list)</source>
        <translation>{code} (нет в списке)</translation>
    </message>
</context>
</TS>