<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AdvancedJson</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/advanced.py" line="+64"/>
        <source>Parts of this record that the form does not show, as JSON. They are kept when you save; edit them here only if you know the data model.</source>
        <translation>Части записи, которые форма не показывает, в формате JSON. При сохранении они не теряются; редактируйте их здесь, только если знаете модель данных.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other fields (JSON)</source>
        <translation>Прочие поля (JSON)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>некорректный JSON (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON object {…}</source>
        <translation>должен быть объектом JSON {…}</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/checklist.py" line="+328"/>
        <source>&lt;b&gt;Analyst&apos;s assessment.&lt;/b&gt; Legal assessment made later by an analyst, kept apart from what the monitor observed. The monitor&apos;s answer is shown for reference; the compliant answer is given in brackets.</source>
        <translation>&lt;b&gt;Оценка аналитика.&lt;/b&gt; Правовая оценка, которую позже даёт аналитик; она хранится отдельно от того, что зафиксировал наблюдатель. Ответ наблюдателя показан для справки; ответ, соответствующий стандартам, указан в скобках.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[compliant: {answer}]</source>
        <translation>[соответствует стандарту: {answer}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[for information]</source>
        <translation>[для сведения]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The monitor&apos;s answer</source>
        <translation>Ответ наблюдателя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment of: {question}</source>
        <translation>Оценка: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning on: {question}</source>
        <translation>Обоснование по вопросу: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standards applied to: {question}</source>
        <translation>Применённые стандарты по вопросу: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standards, separated by commas, e.g. {example}</source>
        <translation>Стандарты через запятую, например {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the assessment of: {question}</source>
        <translation>Статус оценки по вопросу: {question}</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/evidence.py" line="+76"/>
        <source>&amp;Attachment</source>
        <translation>&amp;Вложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Related records:</source>
        <translation>&amp;Связанные записи:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture</source>
        <translation>Фиксация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured &amp;at:</source>
        <translation>&amp;Когда получено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local offset:</source>
        <translation>Местное смещение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured &amp;by:</source>
        <translation>&amp;Кем получено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>audio recorder</source>
        <translation>диктофон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>screenshot</source>
        <translation>снимок экрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web archive</source>
        <translation>веб-архив</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file import</source>
        <translation>импорт файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Устройство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool version:</source>
        <translation>Версия программы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title:</source>
        <translation>Заголовок страницы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post id:</source>
        <translation>ID публикации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location source:</source>
        <translation>Источник координат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude:</source>
        <translation>Широта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Долгота:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (m):</source>
        <translation>Точность (м):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed</source>
        <translation>оспаривается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Files and custody</source>
        <translation>&amp;Файлы и хранение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files (fixed at capture)</source>
        <translation>Файлы (зафиксированы при получении)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody (append-only)</source>
        <translation>Цепочка хранения (только дополнение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash verified</source>
        <translation>Хеш проверен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>Пр&amp;осмотр</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../src/fielddoc/gui/attachments.py" line="+145"/>
        <source>Select an attachment to preview it.</source>
        <translation>Выберите вложение, чтобы просмотреть его.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash verified</source>
        <translation>Хеш проверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody:</source>
        <translation>Цепочка хранения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify SHA-256</source>
        <translation>&amp;Проверить SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;decrypted copy…</source>
        <translation>Сохранить &amp;расшифрованную копию…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type: {mime} · Size: {size}</source>
        <translation>Тип: {mime} · Размер: {size}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 (at capture): {sha}</source>
        <translation>SHA-256 (при получении): {sha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file itself is not stored on this device (only its description).</source>
        <translation>Сам файл на этом устройстве не хранится (только его описание).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file on this device.</source>
        <translation>Файла на этом устройстве нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>No preview for this type of file.</source>
        <translation>Для файлов этого типа просмотр недоступен.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SHA-256 matches: the file is intact.</source>
        <translation>SHA-256 совпадает: файл не изменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the attachment</source>
        <translation>Проверка вложения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decrypted copy</source>
        <translation>Расшифрованная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy will NOT be encrypted. Anyone who gets the computer or the disk where you save it can read it, and the operating system may index it or make thumbnails of it.

Save a decrypted copy anyway?</source>
        <translation>Копия НЕ будет зашифрована. Её сможет прочитать любой, кто получит доступ к компьютеру или диску, где вы её сохраните, а операционная система может проиндексировать её или создать для неё миниатюры.

Всё равно сохранить расшифрованную копию?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A decrypted copy was saved. Delete it when you no longer need it.</source>
        <translation>Расшифрованная копия сохранена. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the attachment</source>
        <translation>Расшифровка вложения</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Text of the attachment</source>
        <translation>Текст вложения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location line="-94"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…or drop files here. They are encrypted into the vault; the originals stay where they are (delete them yourself if they must not remain).</source>
        <translation>…или перетащите файлы сюда. Они шифруются в хранилище; оригиналы остаются на месте (удалите их сами, если их нельзя оставлять).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Captured</source>
        <translation>Получено</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Encrypting %n file(s)…</source>
        <translation>
            <numerusform>Шифруется %n файл…</numerusform>
            <numerusform>Шифруются %n файла…</numerusform>
            <numerusform>Шифруются %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypting attachments</source>
        <translation>Шифрование вложений</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) encrypted and attached.</source>
        <translation>
            <numerusform>%n файл зашифрован и прикреплён.</numerusform>
            <numerusform>%n файла зашифрованы и прикреплены.</numerusform>
            <numerusform>%n файлов зашифрованы и прикреплены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Nothing was attached from the file being encrypted.</source>
        <translation>Отменено. Из шифровавшегося файла ничего не прикреплено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A file could not be read: {reason}</source>
        <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be attached.</source>
        <translation>Не удалось прикрепить файлы.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/case.py" line="+16"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Стадия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt:</source>
        <translation>С&amp;уд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pened:</source>
        <translation>Воз&amp;буждено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-instance &amp;judgment:</source>
        <translation>&amp;Приговор первой инстанции:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring programme</source>
        <translation>Программа мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitoring status:</source>
        <translation>Статус &amp;мониторинга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Ме&amp;тки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. zhanaozen, labour</source>
        <translation>например: жанаозен, трудовые права</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hy it is monitored:</source>
        <translation>По&amp;чему под наблюдением:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defendant:</source>
        <translation>Подсудимый:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part:</source>
        <translation>Часть:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph:</source>
        <translation>Пункт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording:</source>
        <translation>Формулировка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;harge</source>
        <translation>Добавить &amp;обвинение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedural history</source>
        <translation>Ход дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add st&amp;ep</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Анкета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor&apos;s answers for the whole case</source>
        <translation>Ответы наблюдателя по делу в целом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst&apos;s &amp;assessment</source>
        <translation>&amp;Оценка аналитика</translation>
    </message>
</context>
<context>
    <name>CaseSelectionBox</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/case_selection.py" line="+59"/>
        <source>Only these cases (and their hearings and detentions):</source>
        <translation>Только эти дела (и их заседания и задержания):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reason</source>
        <translation>Любая причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason the case is monitored</source>
        <translation>Почему дело под наблюдением</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any offence</source>
        <translation>Любой состав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offence</source>
        <translation>Состав преступления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any monitoring status</source>
        <translation>Любой статус мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring status</source>
        <translation>Статус мониторинга</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only cases charged with an extremist offence</source>
        <translation>Только дела с обвинением в экстремистском преступлении</translation>
    </message>
</context>
<context>
    <name>CurrentVersionDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/changed.py" line="+23"/>
        <location line="+12"/>
        <source>The current version</source>
        <translation>Текущая версия</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This is revision {revision}, as it is stored now. Your typed text stays in the form: compare, copy what you need, then base your edit on this version and save again.</source>
        <translation>Это ревизия {revision} в том виде, в каком она сохранена сейчас. Введённый вами текст остаётся в форме: сравните, скопируйте нужное, затем возьмите эту версию за основу своей правки и сохраните снова.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Base my edit on this version</source>
        <translation>&amp;Взять эту версию за основу моей правки</translation>
    </message>
</context>
<context>
    <name>DetentionEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/detention.py" line="+30"/>
        <source>&amp;Detention</source>
        <translation>&amp;Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who and what</source>
        <translation>Кто и что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detained person:</source>
        <translation>&amp;Задержанный:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rocedure:</source>
        <translation>&amp;Производство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention &amp;type:</source>
        <translation>&amp;Вид задержания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apprehension</source>
        <translation>Момент задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;fficers:</source>
        <translation>&amp;Сотрудники:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain clothes:</source>
        <translation>В штатском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Force used:</source>
        <translation>Применена &amp;сила:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told the &amp;reasons:</source>
        <translation>Сообщены п&amp;ричины:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights e&amp;xplained:</source>
        <translation>Права р&amp;азъяснены:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol no.:</source>
        <translation>№ протокола:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol time:</source>
        <translation>Время протокола:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ircumstances:</source>
        <translation>&amp;Обстоятельства:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part:</source>
        <translation>Часть:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by:</source>
        <translation>Кем принято решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date:</source>
        <translation>Дата решения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest (days):</source>
        <translation>Арест (суток):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative arrest</source>
        <translation>Административный арест</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustody and access</source>
        <translation>Со&amp;держание и доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial control</source>
        <translation>Судебный контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First before a &amp;judge:</source>
        <translation>Впервые доставлен к &amp;судье:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours to judge:</source>
        <translation>Часов до судьи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 48 hours is a concern (HRC General Comment 35)</source>
        <translation>Более 48 часов вызывает озабоченность (Замечание общего порядка № 35 КПЧ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add judicial &amp;review</source>
        <translation>Добавить судебную &amp;проверку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whereabouts:</source>
        <translation>Местонахождение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+24"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Custody path</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add place of &amp;custody</source>
        <translation>Добавить место &amp;содержания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access to safeguards</source>
        <translation>Доступ к гарантиям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer:</source>
        <translation>Адвокат:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family notified:</source>
        <translation>Семья уведомлена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical exam:</source>
        <translation>Медосмотр:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consular:</source>
        <translation>Консул:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitors:</source>
        <translation>Наблюдатели:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First:</source>
        <translation>Впервые:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal counsel:</source>
        <translation>Юридическая помощь:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ill-treatment and release</source>
        <translation>&amp;Жестокое обращение и освобождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alleged:</source>
        <translation>&amp;Заявлено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hase:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. interrogation, transfer</source>
        <translation>напр. допрос, этапирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Methods:</source>
        <translation>&amp;Методы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Perpetrators:</source>
        <translation>&amp;Виновные:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical evidence:</source>
        <translation>Медицинские доказательства:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements signed:</source>
        <translation>Подписанные показания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical attention:</source>
        <translation>Медицинская помощь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint date:</source>
        <translation>Дата жалобы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to:</source>
        <translation>Жалоба в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint outcome:</source>
        <translation>Итог жалобы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions and discipline</source>
        <translation>Условия и взыскания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure:</source>
        <translation>Мера:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add disciplinary &amp;measure</source>
        <translation>Добавить &amp;взыскание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release &amp;date:</source>
        <translation>&amp;Дата освобождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release t&amp;ype:</source>
        <translation>&amp;Основание освобождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analyst&apos;s &amp;assessment</source>
        <translation>&amp;Оценка аналитика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst&apos;s assessment (set at headquarters, not by the monitor)</source>
        <translation>Оценка аналитика (даётся в штабе, а не наблюдателем)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Liberty status:</source>
        <translation>&amp;Статус свободы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WGAD categories:</source>
        <translation>Категории &amp;РГПЗ ООН:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;status:</source>
        <translation>&amp;Статус оценки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reasoning:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="+44"/>
        <source>Possibly already here under another spelling: {names}. Open that record instead of creating a duplicate.</source>
        <translation>Возможно, уже есть под другим написанием: {names}. Откройте эту запись, чтобы не создавать дубликат.</translation>
    </message>
</context>
<context>
    <name>FairTrialChecklist</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/checklist.py" line="-323"/>
        <source>Yes</source>
        <extracomment>What the analyst writes; a change to any of them stamps assessed_by and assessed_at.</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not observed</source>
        <translation>Не удалось наблюдать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The monitor records what was observed. Keys on a row of buttons: 1 yes, 2 no, 3 partly, 4 not observed, 5 not applicable, 6 unknown; Space clears; ←/→ move. The analyst&apos;s assessment is on its own tab.</source>
        <extracomment>Who the analyst is (the form sets it): stamped as ``assessed_by`` on what they change.</extracomment>
        <translation>Наблюдатель фиксирует то, что видел. Клавиши в ряду кнопок: 1 да, 2 нет, 3 частично, 4 не удалось наблюдать, 5 неприменимо, 6 неизвестно; пробел — очистить; ←/→ — перемещение. Оценка аналитика — на отдельной вкладке.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on: {question}</source>
        <translation>Примечание к вопросу: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis of the answer to: {question}</source>
        <translation>Основание ответа на вопрос: {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the answer rests on</source>
        <translation>На чём основан ответ</translation>
    </message>
</context>
<context>
    <name>HearingEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/hearing.py" line="+145"/>
        <source>&amp;Hearing</source>
        <extracomment>What a hearing takes over from its case, and keeps following while the case changes. What a NEW hearing takes over from the case&apos;s last hearing: the same court, bench and parties. Of a defendant and a counsel, what stays the same from one hearing to the next.</extracomment>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instance:</source>
        <translation>&amp;Инстанция:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&amp;room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt:</source>
        <translation>С&amp;уд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language tags, e.g. ru, kk</source>
        <translation>Коды языков, напр. ru, kk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages the hearing was held in</source>
        <translation>Языки, на которых шло заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;heduled start:</source>
        <translation>&amp;Назначено на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act&amp;ual start:</source>
        <translation>&amp;Фактическое начало:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;journed to:</source>
        <translation>&amp;Отложено до:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjournment &amp;reason:</source>
        <translation>&amp;Причина отложения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bench and parties</source>
        <translation>&amp;Суд и стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bench and prosecution</source>
        <translation>Состав суда и обвинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presiding &amp;judge:</source>
        <translation>&amp;Председательствующий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other &amp;judges:</source>
        <translation>Другие &amp;судьи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prosecutors:</source>
        <translation>&amp;Прокуроры:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&amp;ury:</source>
        <translation>Прис&amp;яжные:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+140"/>
        <source>Defendant:</source>
        <translation>Подсудимый:</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Presence:</source>
        <translation>Присутствие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody:</source>
        <translation>Под стражей:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock:</source>
        <translation>Место в зале:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restraints:</source>
        <translation>Наручники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+70"/>
        <location line="+19"/>
        <location line="+26"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;defendant</source>
        <translation>Добавить &amp;подсудимого</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counsel:</source>
        <translation>Защитник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For:</source>
        <translation>Кого защищает:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <location line="+81"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Defence counsel</source>
        <translation>Защитники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;counsel</source>
        <translation>Добавить &amp;защитника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witness:</source>
        <translation>Свидетель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. W-07</source>
        <translation>напр. W-07</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called by:</source>
        <translation>Вызван:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>prosecution</source>
        <translation>обвинением</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+69"/>
        <source>defence</source>
        <translation>защитой</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>court</source>
        <translation>судом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous:</source>
        <translation>Анонимно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote:</source>
        <translation>Дистанционно:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;witness</source>
        <translation>Добавить &amp;свидетеля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed:</source>
        <translation>Нужен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided:</source>
        <translation>Предоставлен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequate:</source>
        <translation>Качество достаточное:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Openness</source>
        <translation>&amp;Открытость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access</source>
        <translation>Доступ публики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access:</source>
        <translation>&amp;Доступ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass required:</source>
        <translation>Нужен пропуск:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow room:</source>
        <translation>Доп. зал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats:</source>
        <translation>Мест:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (est.):</source>
        <translation>Присутствовало (прибл.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied entry:</source>
        <translation>Не пропущено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Monitor:</source>
        <translation>Наблюдатель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission:</source>
        <translation>Допуск:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitors</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;monitor</source>
        <translation>Добавить &amp;наблюдателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media &amp;present:</source>
        <translation>&amp;СМИ присутствуют:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recording allowed:</source>
        <translation>&amp;Съёмка разрешена:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security and conditions</source>
        <translation>Охрана и условия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security presence:</source>
        <translation>&amp;Охрана, полиция:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;ditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room, seating, heat, access to documents …</source>
        <translation>Зал, места, температура, доступ к документам…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What happened</source>
        <translation>&amp;Что происходило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Описание хода заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Narrative:</source>
        <translation>&amp;Ход заседания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in order, as observed. Facts only; assessment belongs to the analyst. F8 inserts the time.</source>
        <translation>Что происходило, по порядку, как вы это видели. Только факты; оценку даёт аналитик. F8 вставляет время.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>показания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>motion</source>
        <translation>ходатайство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruling</source>
        <translation>решение суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recess</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resumed</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence examined</source>
        <translation>исследование доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>By:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Summary:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedural events</source>
        <translation>Процессуальные события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;event</source>
        <translation>Добавить &amp;событие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>defendant</source>
        <translation>подсудимый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>victim</source>
        <translation>потерпевший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granted</source>
        <translation>удовлетворено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly granted</source>
        <translation>удовлетворено частично</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deferred</source>
        <translation>отложено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given:</source>
        <translation>Мотивировка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the reason, if any</source>
        <translation>мотивировка, если была</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speaker:</source>
        <translation>Говорящий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words:</source>
        <translation>Слова:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verbatim, in the original language</source>
        <translation>дословно, на языке оригинала</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;quote</source>
        <translation>Добавить &amp;цитату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motions</source>
        <translation>Ходатайства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add m&amp;otion</source>
        <translation>Добавить &amp;ходатайство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alleged by:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Положение в процессе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised in court by:</source>
        <translation>Заявлено в суде кем:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods:</source>
        <translation>Методы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators:</source>
        <translation>Предполагаемые исполнители:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as described, e.g. two officers of the city police</source>
        <translation>как описано, например: двое сотрудников городской полиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&apos;s response:</source>
        <translation>Реакция суда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention:</source>
        <translation>Задержание:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allegations of torture or ill-treatment</source>
        <translation>Заявления о пытках или жестоком обращении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;allegation</source>
        <translation>Добавить &amp;заявление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty:</source>
        <translation>Наказание:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. which activity, which property</source>
        <translation>например, какая деятельность, какое имущество</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence:</source>
        <translation>Наказание:</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Years:</source>
        <translation>Лет:</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Months:</source>
        <translation>Месяцев:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Дней:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine:</source>
        <translation>Штраф:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine unit:</source>
        <translation>Единица штрафа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended:</source>
        <translation>Условно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation (months):</source>
        <translation>Испытательный срок (мес.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional penalties:</source>
        <translation>Дополнительные наказания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add additional &amp;penalty</source>
        <translation>Добавить дополнительное &amp;наказание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdicts</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;verdict</source>
        <translation>Добавить &amp;приговор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Анкета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor&apos;s answers</source>
        <translation>Ответы наблюдателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst&apos;s &amp;assessment</source>
        <translation>&amp;Оценка аналитика</translation>
    </message>
</context>
<context>
    <name>HearingMode</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/hearing_mode.py" line="+168"/>
        <source>Hearing &amp;mode</source>
        <translation>&amp;Режим заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes beside the checklist, with the time a key away (F9)</source>
        <translation>Записи рядом с анкетой, время — одной клавишей (F9)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recess</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Цитата…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (F8)</source>
        <translation>Время (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing starts now: fills the actual start</source>
        <translation>Заседание начинается сейчас: заполняет фактическое начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recess now: adds a procedural event</source>
        <translation>Перерыв сейчас: добавляет процессуальное событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing resumes now: adds a procedural event</source>
        <translation>Заседание возобновляется сейчас: добавляет процессуальное событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hearing ends now: fills the end</source>
        <translation>Заседание заканчивается сейчас: заполняет окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record words verbatim, with the speaker and the time</source>
        <translation>Записать слова дословно, с говорящим и временем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the time in the notes</source>
        <translation>Вставить время в записи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep unlocked</source>
        <translation>&amp;Не блокировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not lock after inactivity while this hearing lasts (at most 8 hours). Ctrl+L still locks at once.</source>
        <translation>Не блокировать при бездействии, пока идёт заседание (не дольше 8 часов). Ctrl+L по-прежнему блокирует сразу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fair-trial checklist</source>
        <translation>Контрольный список справедливого суда</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The start time is already set; change it on the Hearing tab.</source>
        <translation>Время начала уже указано; изменить его можно на вкладке «Заседание».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started at {time}.</source>
        <translation>Начало в {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended at {time}.</source>
        <translation>Окончание в {time}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recess at {time}.</source>
        <translation>Перерыв в {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed at {time}.</source>
        <translation>Возобновлено в {time}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quote recorded at {time}.</source>
        <translation>Цитата записана в {time}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>presiding judge</source>
        <translation>председательствующий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge</source>
        <translation>судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prosecutor</source>
        <translation>прокурор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defendant</source>
        <translation>подсудимый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counsel</source>
        <translation>защитник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>saved automatically at {time}</source>
        <translation>сохранено автоматически в {time}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/history.py" line="+71"/>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflicting edit</source>
        <translation>конфликтующее изменение</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n revision(s). Each is a full snapshot, hash-linked to the one before.</source>
        <translation>
            <numerusform>%n версия. Каждая — полный снимок, связанный хешем с предыдущей.</numerusform>
            <numerusform>%n версии. Каждая — полный снимок, связанный хешем с предыдущей.</numerusform>
            <numerusform>%n версий. Каждая — полный снимок, связанный хешем с предыдущей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {n} · {when} · {op}
by {author} on device {device}</source>
        <translation>Версия {n} · {when} · {op}
автор {author}, устройство {device}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Revisions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in the selected revision</source>
        <translation>Изменения в выбранной версии</translation>
    </message>
</context>
<context>
    <name>HuridocsListPicker</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/huridocs.py" line="+179"/>
        <source>Type a word or a code to add…</source>
        <translation>Введите слово или код, чтобы добавить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Убрать выбранное (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>HuridocsPicker</name>
    <message>
        <location line="-128"/>
        <source>Type a word or a code…</source>
        <extracomment>Typed text that is neither a term nor a code.</extracomment>
        <translation>Введите слово или код…</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/incident.py" line="+21"/>
        <source>&amp;Incident</source>
        <translation>&amp;Инцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mpact:</source>
        <translation>П&amp;оследствия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conte&amp;xt tags:</source>
        <translation>&amp;Метки контекста:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. zhanaozen-strike-2011</source>
        <translation>напр. zhanaozen-strike-2011</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked &amp;attachments:</source>
        <translation>Связанные &amp;вложения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HURIDOCS coding</source>
        <translation>Коды HURIDOCS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights affected:</source>
        <translation>&amp;Затронутые права:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Violation status:</source>
        <translation>&amp;Статус нарушения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;onitoring status:</source>
        <translation>Статус &amp;мониторинга:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casualties</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Погибшие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injured</source>
        <translation>Раненые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Задержанные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official:</source>
        <translation>Официально:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min:</source>
        <translation>Мин.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max:</source>
        <translation>Макс.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Около:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed:</source>
        <translation>Оспаривается:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A&amp;cts</source>
        <translation>&amp;Действия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Involvement:</source>
        <translation>Степень участия:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Victim:</source>
        <translation>Пострадавший:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted:</source>
        <translation>Покушение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods:</source>
        <translation>Методы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution:</source>
        <translation>Атрибуция:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact place:</source>
        <translation>Точное место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators:</source>
        <translation>Виновные:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated reason:</source>
        <translation>Названная причина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical harm:</source>
        <translation>Физический вред:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at end:</source>
        <translation>Итоговый статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological harm:</source>
        <translation>Психологический вред:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unidentified:</source>
        <translation>Неустановленные:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add unidentified perpetrator</source>
        <translation>Добавить неустановленного виновного</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acts (who did what to whom)</source>
        <translation>Действия (кто, что и с кем сделал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;act</source>
        <translation>Добавить &amp;действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unidentified perpetrators of the incident</source>
        <translation>Неустановленные виновные в инциденте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;perpetrator</source>
        <translation>Добавить &amp;виновного</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/links.py" line="+53"/>
        <source>&amp;Intervention</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;By:</source>
        <translation>&amp;Кем:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>&amp;По поводу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 20</source>
        <translation>HURIDOCS, список 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Response:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 27</source>
        <translation>HURIDOCS, список 27</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mpact:</source>
        <translation>П&amp;оследствия:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 44</source>
        <translation>HURIDOCS, список 44</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 45</source>
        <translation>HURIDOCS, список 45</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HURIDOCS list 46</source>
        <translation>HURIDOCS, список 46</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Описание:</translation>
    </message>
</context>
<context>
    <name>InvolvementEditor</name>
    <message>
        <location line="-50"/>
        <source>&amp;Involvement</source>
        <translation>&amp;Участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who, in what role, in what</source>
        <translation>Кто, в какой роли, в чём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In:</source>
        <translation>&amp;В чём:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case, hearing, incident, detention or organisation</source>
        <translation>Дело, заседание, инцидент, задержание или организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;За кого:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the clients of a defence counsel</source>
        <translation>напр. подзащитные адвоката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrators (HURIDOCS)</source>
        <translation>Виновные (HURIDOCS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Degree of involvement:</source>
        <translation>&amp;Степень участия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator &amp;type:</source>
        <translation>&amp;Тип виновного:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later &amp;status:</source>
        <translation>Последующий &amp;статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 26</source>
        <translation>HURIDOCS, список 26</translation>
    </message>
</context>
<context>
    <name>JuryEdit</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/fields.py" line="+386"/>
        <source>No jury</source>
        <translation>Без присяжных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury</source>
        <translation>С присяжными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jurors</source>
        <translation>присяжных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of jurors</source>
        <translation>Число присяжных</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/kinds.py" line="+8"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New location</source>
        <translation>Новое место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="+68"/>
        <source>&amp;Location</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя, название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Russian:</source>
        <translation>Название по-&amp;русски:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название по-&amp;казахски:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Within:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166-1 two-letter code</source>
        <translation>двухбуквенный код ISO 3166-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subdivision code:</source>
        <translation>&amp;Код региона:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type of location:</source>
        <translation>&amp;Тип места:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 17</source>
        <translation>HURIDOCS, список 17</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;cision:</source>
        <translation>&amp;Точность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building</source>
        <translation>здание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site</source>
        <translation>площадка, участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;atitude:</source>
        <translation>&amp;Широта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ongitude:</source>
        <translation>&amp;Долгота:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA name; Aktau was UTC+5 and Almaty UTC+6 in 2012</source>
        <translation>имя IANA; в 2012 году в Актау было UTC+5, в Алматы — UTC+6</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/pickers.py" line="+401"/>
        <source>Type to search and add…</source>
        <translation>Начните вводить, чтобы найти и добавить…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected entry (Delete)</source>
        <translation>Убрать выбранное (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{id} (not found)</source>
        <translation>{id} (не найдено)</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="-39"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя, название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Russian:</source>
        <translation>Название по-&amp;русски:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название по-&amp;казахски:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court &amp;level:</source>
        <translation>&amp;Уровень суда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courts only</source>
        <translation>Только для судов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Входит в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Perpetrator type:</source>
        <translation>&amp;Тип виновного:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 24, if the organisation is a perpetrator</source>
        <translation>HURIDOCS, список 24, если организация — виновная сторона</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/dates.py" line="+101"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How precisely the date is known (— = no date)</source>
        <translation>Насколько точно известна дата (— = даты нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year (↑/↓ change it)</source>
        <translation>Год (↑/↓ — изменить)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day (↑/↓ change it)</source>
        <translation>День (↑/↓ — изменить)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTC offset</source>
        <translation>Смещение от UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC offset of the local time (Aktau +05:00, Almaty +06:00 in 2012)</source>
        <translation>Смещение местного времени от UTC (в 2012 году Актау +05:00, Алматы +06:00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local time</source>
        <translation>местное время</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is an estimate</source>
        <translation>Дата приблизительная</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>— (kept: {value})</source>
        <translation>— (сохранено: {value})</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/people.py" line="-43"/>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя, название:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name, or a pseudonym / code</source>
        <translation>Полное имя, псевдоним или код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other names:</source>
        <translation>&amp;Другие имена:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One per line: spellings, Cyrillic form, maiden name…</source>
        <translation>По одному в строке: варианты написания, кириллицей, девичья фамилия…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pse&amp;udonym:</source>
        <translation>&amp;Псевдоним:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes if the name is a code or pseudonym</source>
        <translation>«Да», если имя — код или псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public fi&amp;gure:</source>
        <translation>Публичная &amp;фигура:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;unting unit:</source>
        <translation>&amp;Единица учёта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group si&amp;ze:</source>
        <translation>&amp;Размер группы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a group: how many people</source>
        <translation>Для группы: сколько человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occu&amp;pation:</source>
        <translation>Р&amp;од занятий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country codes, e.g. KZ, RU</source>
        <translation>Коды стран, напр. KZ, RU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language tags, e.g. kk, ru</source>
        <translation>Коды языков, напр. kk, ru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deceased:</source>
        <translation>&amp;Умер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of dea&amp;th:</source>
        <translation>Дата &amp;смерти:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact details</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept encrypted on this device and never exported by default.</source>
        <translation>Хранится в зашифрованном виде на этом устройстве и по умолчанию никогда не экспортируется.</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/hearing_mode.py" line="-301"/>
        <source>Quote</source>
        <extracomment>Function keys: one key, the same in every keyboard layout (Latin, Russian, Kazakh), taken by nothing else in FieldDoc (F5 refreshes; Ctrl+T is Statistics).</extracomment>
        <translation>Цитата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not listed)</source>
        <translation>(нет в списке)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words, verbatim</source>
        <translation>Слова, дословно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words exactly as said, in the language they were said in</source>
        <translation>Слова точно так, как они прозвучали, на том языке, на котором были сказаны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Говорящий:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Words:</source>
        <translation>&amp;Слова:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+163"/>
        <source>Con&amp;fidentiality:</source>
        <extracomment>Keys of ``defaults`` that mean something else for this kind, e.g. case_id -&gt; related_case_id.</extracomment>
        <translation>&amp;Конфиденциальность:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLP marking; it follows the confidentiality level</source>
        <translation>Метка TLP; определяется уровнем конфиденциальности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the &amp;current version…</source>
        <translation>Показать &amp;текущую версию…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+S save · Esc close · Ctrl+PgUp/PgDn change tab</source>
        <translation>Ctrl+S — сохранить · Esc — закрыть · Ctrl+PgUp/PgDn — вкладки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_fields.py" line="+55"/>
        <source>12-digit HURIDOCS code</source>
        <translation>12-значный код HURIDOCS</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+24"/>
        <source>Sources and &amp;notes</source>
        <translation>Ист&amp;очники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources and notes</source>
        <translation>Источники и примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the information in this record comes from</source>
        <translation>Откуда получены сведения этой записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the record first, then attach files to it.</source>
        <translation>Сначала сохраните запись, затем прикрепляйте к ней файлы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced (JSON)</source>
        <translation>Прочее (JSON)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New: {kind}</source>
        <translation>Новая запись: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsaved changes</source>
        <translation>есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_problems.py" line="+31"/>
        <source>“{text}” is not linked to a record: choose it from the list or create it with +.</source>
        <translation>«{text}» не связано с записью: выберите из списка или создайте кнопкой +.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advanced (JSON): {error}</source>
        <translation>Прочее (JSON): {error}</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+65"/>
        <location line="+6"/>
        <source>not saved automatically: press Ctrl+S to see why</source>
        <translation>не сохранено автоматически: нажмите Ctrl+S, чтобы узнать причину</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved. {reason}</source>
        <translation>Не сохранено. {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_problems.py" line="+26"/>
        <source>based on revision {revision}: press Ctrl+S to save</source>
        <translation>основано на ревизии {revision}: нажмите Ctrl+S, чтобы сохранить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+6"/>
        <source>Not saved: %n problem(s). They are shown next to the fields.</source>
        <translation>
            <numerusform>Не сохранено: %n ошибка. Ошибки показаны рядом с полями.</numerusform>
            <numerusform>Не сохранено: %n ошибки. Ошибки показаны рядом с полями.</numerusform>
            <numerusform>Не сохранено: %n ошибок. Ошибки показаны рядом с полями.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_drafts.py" line="+61"/>
        <source>Unsaved changes to this form from {when} UTC were kept as an encrypted draft. Restore them?</source>
        <translation>Несохранённые изменения этой формы от {when} UTC сохранены как зашифрованный черновик. Восстановить их?</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/base.py" line="+8"/>
        <source>This form has unsaved changes.</source>
        <translation>В форме есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/forms/editor_problems.py" line="-51"/>
        <source>“{text}” is not a term of this list: choose one from the list or type its 12-digit code.</source>
        <translation>«{text}» нет в этом перечне: выберите значение из списка или введите его 12-значный код.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/pickers.py" line="-232"/>
        <source>any record</source>
        <extracomment>What the line edit shows while an entry is highlighted: the record&apos;s name, or the typed text. New records named inline, not stored yet: id -&gt; (kind, document).</extracomment>
        <translation>любая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search ({kinds})…</source>
        <translation>Начните вводить для поиска ({kinds})…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create a new record with the typed name</source>
        <translation>Создать новую запись с введённым именем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>+ {new}: “{name}”</source>
        <translation>+ {new}: «{name}»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the name first, then press +</source>
        <translation>Сначала введите имя, затем нажмите +</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>(similar to “{other}”, already here)</source>
        <translation>(похожая запись уже есть: «{other}»)</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/links.py" line="+8"/>
        <source>&amp;Relation</source>
        <translation>&amp;Связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An application type, or a HURIDOCS list 22 code (12 digits)</source>
        <translation>Тип из приложения или код HURIDOCS из списка 22 (12 цифр)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. causes, precedes</source>
        <translation>напр. причина, предшествует</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/repeat.py" line="+51"/>
        <location line="+1"/>
        <source>Remove this entry</source>
        <translation>Удалить эту строку</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This entry has a form the editor does not show; it is kept as it is (see the Advanced tab).</source>
        <translation>Эта строка имеет вид, который форма не показывает; она сохраняется как есть (см. вкладку «Прочее (JSON)»).</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../src/fielddoc/gui/forms/evidence.py" line="-104"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Издатель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;erson (informant):</source>
        <translation>&amp;Человек (информант):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Material type:</source>
        <translation>&amp;Тип материала:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 16</source>
        <translation>HURIDOCS, список 16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Связь с информацией:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS list 19: the source&apos;s connection to the information</source>
        <translation>HURIDOCS, список 19: как источник связан с информацией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grading (Admiralty scale)</source>
        <translation>Оценка (шкала Адмиралтейства)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reliability of the source:</source>
        <translation>&amp;Надёжность источника:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cred&amp;ibility of the information:</source>
        <translation>&amp;Достоверность сведений:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interview and consent</source>
        <translation>&amp;Интервью и согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview &amp;date:</source>
        <translation>&amp;Дата интервью:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer:</source>
        <translation>Интервьюер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in writing</source>
        <translation>письменно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given:</source>
        <translation>&amp;Дано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by:</source>
        <translation>Кто получил:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store identity:</source>
        <translation>Хранить личность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with HQ:</source>
        <translation>Передать в штаб:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with partners:</source>
        <translation>Передать партнёрам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with UN/OSCE:</source>
        <translation>Передать ООН/ОБСЕ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recontact:</source>
        <translation>Повторный контакт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish:</source>
        <translation>Публикация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn at:</source>
        <translation>Отозвано:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection &amp;risk:</source>
        <translation>&amp;Риск для человека:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Порядок связи:</translation>
    </message>
</context>
<context>
    <name>TriBool</name>
    <message>
        <location filename="../../src/fielddoc/gui/widgets/fields.py" line="-227"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location line="+63"/>
        <source>{code} (not in the list)</source>
        <translation>{code} (нет в списке)</translation>
    </message>
</context>
</TS>
