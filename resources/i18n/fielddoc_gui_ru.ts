<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/actions.py" line="+98"/>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New record of the kind shown (Ctrl+N)</source>
        <translation>Новая запись того типа, что показан (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>С&amp;татистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview a PDF report and save it where you choose (Ctrl+P)</source>
        <translation>Просмотреть отчёт PDF и сохранить его туда, куда вы выберете (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export bundle for HQ…</source>
        <translation>&amp;Экспорт пакета для штаба…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write new and changed records to one encrypted, signed file for HQ</source>
        <translation>Записать новые и изменённые записи в один зашифрованный и подписанный файл для штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import HQ &amp;receipt…</source>
        <translation>Импорт &amp;квитанции штаба…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;bundles…</source>
        <translation>Импорт &amp;пакетов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify and import bundles from field devices</source>
        <translation>Проверить и импортировать пакеты с полевых устройств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>Разрешить &amp;конфликты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ reci&amp;pients and enrolment…</source>
        <translation>&amp;Получатели в штабе и регистрация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HQ keys bundles are encrypted to, and this device&apos;s enrolment file for HQ</source>
        <translation>Ключи штаба, для которых шифруются пакеты, и файл регистрации этого устройства для штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field &amp;devices and HQ card…</source>
        <translation>Полевые &amp;устройства и карточка штаба…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol or revoke field devices; save HQ&apos;s recipient card</source>
        <translation>Зарегистрировать или отозвать полевые устройства; сохранить карточку получателя штаба</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export ta&amp;bles (CSV)…</source>
        <translation>Экспорт &amp;таблиц (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unencrypted CSV file per record type, with a codebook</source>
        <translation>По одному незашифрованному файлу CSV на каждый тип записей, со справочником кодов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now (Ctrl+L): closes the vault and clears the screen</source>
        <translation>Заблокировать сейчас (Ctrl+L): хранилище закрывается, экран очищается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About FieldDoc</source>
        <translation>&amp;О программе FieldDoc</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Re-&amp;key vault…</source>
        <translation>Сменить &amp;ключ хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new secret key for the vault; the passphrase stays</source>
        <translation>Новый секретный ключ хранилища; парольная фраза остаётся прежней</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default text size</source>
        <translation>Размер текста по &amp;умолчанию</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>E&amp;vidence package…</source>
        <translation>Пакет &amp;доказательств…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signed folder for a court: this record, its history, custody log and decrypted attachments</source>
        <translation>Подписанная папка для суда: эта запись, её история, журнал хранения и расшифрованные вложения</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Brie&amp;f a device…</source>
        <translation>&amp;Брифинг для устройства…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a briefing for a monitor&apos;s device: the scheduled hearings they are assigned to</source>
        <translation>Составить брифинг для устройства наблюдателя: назначенные заседания, на которые он направлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;briefing…</source>
        <translation>Импорт &amp;брифинга…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import HQ&apos;s briefing: your assigned hearings and their cases</source>
        <translation>Импортировать брифинг штаба: заседания, на которые вы направлены, и их дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing c&amp;alendar…</source>
        <translation>Календарь &amp;заседаний…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings by week or month, per court and per monitor</source>
        <translation>Заседания по неделям или месяцам, по судам и по наблюдателям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage…</source>
        <translation>Охв&amp;ат наблюдением…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings held and monitored per case, court or month; monitor workload</source>
        <translation>Состоявшиеся заседания и заседания под наблюдением по делам, судам или месяцам; нагрузка наблюдателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join an HQ…</source>
        <translation>Присоединиться к &amp;штабу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Become a member of an HQ with an invitation from its administrator</source>
        <translation>Стать участником штаба по приглашению его администратора</translation>
    </message>
</context>
<context>
    <name>AllegationsCard</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/allegations_card.py" line="+76"/>
        <location line="+6"/>
        <source>Torture allegations by court response</source>
        <translation>Заявления о пытках по ответу суда</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hearings in the period above; a person who alleged torture at several hearings counts once among the persons.</source>
        <translation>Заседания за указанный выше период; лицо, заявившее о пытках на нескольких заседаниях, учитывается среди лиц один раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Подсчитать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court response</source>
        <translation>Ответ суда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allegations</source>
        <translation>Заявлений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Лиц</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All allegations: {n}, persons: {persons}, in {k} of {hearings} hearings</source>
        <translation>Всего заявлений: {n}, лиц: {persons}, на {k} из {hearings} заседаний</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/calendar.py" line="+173"/>
        <source>Week {n}</source>
        <translation>Неделя {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearings shown: {n}</source>
        <translation>Показано заседаний: {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hearing calendar</source>
        <translation>Календарь заседаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings by day</source>
        <translation>Заседания по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt</source>
        <translation>&amp;Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All courts</source>
        <translation>Все суды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitor</source>
        <translation>Набл&amp;юдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All monitors</source>
        <translation>Все наблюдатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Вп&amp;ерёд</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/case_view.py" line="+146"/>
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing dated in this case yet.</source>
        <translation>В этом деле пока нет событий с датой.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Hearings: {hearings} · Detentions: {detentions} · People: {people}</source>
        <translation>Заседаний: {hearings} · задержаний: {detentions} · участников: {people}</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/models/case_models.py" line="+33"/>
        <source>Case opened</source>
        <translation>Дело возбуждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-instance judgment</source>
        <translation>Решение первой инстанции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural step</source>
        <translation>Процессуальное действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair-trial concerns: {n}</source>
        <translation>Поводы для озабоченности (справедливый суд): {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/views/case_view.py" line="+8"/>
        <source>Upcoming: no scheduled hearing.</source>
        <translation>Предстоящие: назначенных заседаний нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no monitor assigned</source>
        <translation>наблюдатель не назначен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upcoming: {hearings}</source>
        <translation>Предстоящие: {hearings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(and {n} more)</source>
        <translation>(и ещё {n})</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defendants</source>
        <translation>&amp;Подсудимые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendants across the hearings</source>
        <translation>Подсудимые по всем заседаниям</translation>
    </message>
    <message>
        <location filename="../../src/fielddoc/gui/models/defendants_model.py" line="+15"/>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counsel</source>
        <translation>Защитник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torture allegations</source>
        <translation>Заявления о пытках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/labels.py" line="+61"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Возбуждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprehended</source>
        <translation>Задержан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Инстанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Озабоченность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last facility</source>
        <translation>Последнее место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grading</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Конфликт версий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/coverage.py" line="+95"/>
        <source>(none recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coverage</source>
        <translation>Охват наблюдением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by</source>
        <translation>&amp;Группировать по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings held and monitored</source>
        <translation>Состоявшиеся заседания и заседания под наблюдением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor workload</source>
        <translation>Нагрузка наблюдателей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitored</source>
        <translation>Под наблюдением</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share monitored</source>
        <translation>Доля под наблюдением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With an assignment</source>
        <translation>С назначенным наблюдателем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitor</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned or confirmed</source>
        <translation>Назначен или подтвердил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present at held hearings</source>
        <translation>Присутствовал на состоявшихся</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Не смог присутствовать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/create_vault.py" line="+149"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an encrypted vault</source>
        <translation>Создайте зашифрованное хранилище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you record is kept in this vault, encrypted with a key that only your passphrase unlocks. Nothing is ever sent anywhere.</source>
        <translation>Всё, что вы записываете, хранится в этом хранилище в зашифрованном виде; ключ открывает только ваша парольная фраза. Ничего никуда не отправляется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. your initials or monitor code</source>
        <translation>например, ваши инициалы или код наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 12 characters, or 5 words</source>
        <translation>не менее 12 символов или 5 слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type it again</source>
        <translation>введите ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Показывать вводимый текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name or code</source>
        <translation>Ваше имя или код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you lose the passphrase, the data is gone</source>
        <translation>Потеряв парольную фразу, вы потеряете данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you lose this passphrase, nobody can open this vault again: not you, not your organisation, not the makers of FieldDoc. There is no reset and no back door. Learn it by heart, or write it down and keep it apart from this laptop.</source>
        <translation>Если вы потеряете эту парольную фразу, никто больше не сможет открыть хранилище: ни вы, ни ваша организация, ни разработчики FieldDoc. Сбросить её нельзя, обходного пути нет. Выучите её наизусть или запишите и храните отдельно от этого ноутбука.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand that a lost passphrase cannot be recovered.</source>
        <translation>Я понимаю, что утерянную парольную фразу восстановить невозможно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the vault&apos;s key after this many wrong passphrases in a row:</source>
        <translation>Стереть ключ хранилища после стольких неверных вводов подряд:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off by default. When it triggers, everything in the vault is lost for good, for you as for anyone else. Use it only if you keep copies at headquarters.</source>
        <translation>По умолчанию выключено. Если сработает, всё содержимое хранилища будет потеряно навсегда — и для вас, и для кого угодно. Включайте, только если копии хранятся в штабе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the vault</source>
        <translation>Выберите папку для хранилища</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a long passphrase: a few unrelated words are easier to remember and harder to guess than a short password.</source>
        <translation>Выберите длинную парольную фразу: несколько не связанных между собой слов легче запомнить и труднее подобрать, чем короткий пароль.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Long enough. Now type it again.</source>
        <translation>Достаточно длинная. Теперь введите её ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrases match.</source>
        <translation>Парольные фразы совпадают.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating the vault and tuning the passphrase hardening to this computer. This takes a few seconds…</source>
        <translation>Создаём хранилище и подбираем защиту парольной фразы под этот компьютер. Это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/detail.py" line="+31"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/fielddoc/gui/views/statistics.py" line="+96"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision {n}, last change {at}</source>
        <translation>Версия {n}, изменено {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting revisions: review its history</source>
        <translation>Конфликт версий: проверьте историю записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted (kept in the history)</source>
        <translation>Удалено (сохранено в истории)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair-trial checklist</source>
        <translation>Контрольный список справедливого суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No observations recorded.</source>
        <translation>Наблюдения не записаны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustrative or unverified, not to be cited: {fields}</source>
        <translation>Иллюстративные или непроверенные сведения, не для цитирования: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected: {answer}</source>
        <translation>ожидается: {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} (not in this vault)</source>
        <translation>{id} (нет в этом хранилище)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device</source>
        <translation>это устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this vault&apos;s file key</source>
        <translation>ключ файла в этом хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to by</source>
        <translation>На эту запись ссылаются</translation>
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
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP marking</source>
        <translation>Маркировка TLP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export batches</source>
        <translation>Пакеты экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illustrative (unverified) fields</source>
        <translation>Иллюстративные (непроверенные) поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in other languages</source>
        <translation>Имя на других языках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of organisation</source>
        <translation>Тип организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court level</source>
        <translation>Уровень суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type (HURIDOCS)</source>
        <translation>Тип нарушителя (HURIDOCS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166-2 code</source>
        <translation>Код ISO 3166-2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of place</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting unit</source>
        <translation>Единица учёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group size</source>
        <translation>Численность группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public figure</source>
        <translation>Публичная фигура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Умер(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of death</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of case</source>
        <translation>Вид дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official case number</source>
        <translation>Официальный номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Возбуждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-instance judgment</source>
        <translation>Решение первой инстанции</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Procedural history</source>
        <translation>Ход дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair-trial checklist</source>
        <translation>Контрольный список справедливого суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Инстанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of hearing</source>
        <translation>Вид заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled start</source>
        <translation>Назначенное начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjourned to</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for adjournment</source>
        <translation>Причина отложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courtroom</source>
        <translation>Зал заседаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presiding judge</source>
        <translation>Председательствующий судья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Состав суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury</source>
        <translation>Присяжные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutors</source>
        <translation>Прокуроры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defence counsel</source>
        <translation>Защитники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Подзащитные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Основание участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dock</source>
        <translation>Место для подсудимых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restraints</source>
        <translation>Средства сковывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called by</source>
        <translation>Вызван стороной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Нужен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>Предоставлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequate</source>
        <translation>Надлежащий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public access</source>
        <translation>Доступ публики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass required</source>
        <translation>Требовался пропуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Мест в зале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (estimate)</source>
        <translation>Присутствовало (оценка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow room</source>
        <translation>Дополнительный зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied entry</source>
        <translation>Не допущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitors</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording allowed</source>
        <translation>Запись разрешена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security presence</source>
        <translation>Присутствие охраны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural events</source>
        <translation>Процессуальные события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motions</source>
        <translation>Ходатайства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruling</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given</source>
        <translation>Мотивировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torture allegation</source>
        <translation>Заявление о пытках</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raised</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Кем заявлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&apos;s response</source>
        <translation>Реакция суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts</source>
        <translation>Приговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Условно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confiscation</source>
        <translation>Конфискация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of incident</source>
        <translation>Вид инцидента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights affected</source>
        <translation>Затронутые права</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation status</source>
        <translation>Статус нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring status</source>
        <translation>Статус мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Погибли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <translation>Ранены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Задержаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official figure</source>
        <translation>Официальные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximately</source>
        <translation>Примерно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Оспаривается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of act</source>
        <translation>Вид действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted</source>
        <translation>Покушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods of violence</source>
        <translation>Способы насилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact location</source>
        <translation>Точное место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason</source>
        <translation>Заявленная причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Ответственность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical consequences</source>
        <translation>Физические последствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychological consequences</source>
        <translation>Психологические последствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the end</source>
        <translation>Положение по итогам</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degree of involvement</source>
        <translation>Степень участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related case</source>
        <translation>Связанное дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of detention</source>
        <translation>Вид задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprehension</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In plain clothes</source>
        <translation>В штатском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force used</source>
        <translation>Применена сила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed of the reasons</source>
        <translation>Сообщены причины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights explained</source>
        <translation>Разъяснены права</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol time</source>
        <translation>Время протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Кем принято решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of arrest</source>
        <translation>Суток ареста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First appearance before a judge</source>
        <translation>Первая доставка к судье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours until brought before a judge</source>
        <translation>Часов до доставки к судье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial reviews</source>
        <translation>Судебные проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places of custody</source>
        <translation>Места содержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of facility</source>
        <translation>Тип учреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family notified</source>
        <translation>Семья уведомлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical examination</source>
        <translation>Медицинский осмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consular access</source>
        <translation>Консульский доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First at</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ill-treatment</source>
        <translation>Жестокое обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Способы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical evidence</source>
        <translation>Медицинские доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements signed</source>
        <translation>Подписанные показания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disciplinary measures</source>
        <translation>Дисциплинарные взыскания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberty status</source>
        <translation>Статус свободы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGAD assessment</source>
        <translation>Оценка по критериям РГПЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of source</source>
        <translation>Вид источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of material</source>
        <translation>Вид материала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection to the information</source>
        <translation>Связь с информацией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability of the source</source>
        <translation>Надёжность источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credibility of the information</source>
        <translation>Достоверность информации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store identity</source>
        <translation>Хранить личные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with HQ</source>
        <translation>Передавать в штаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with partners</source>
        <translation>Передавать партнёрам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with the UN / OSCE</source>
        <translation>Передавать в ООН / ОБСЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recontact</source>
        <translation>Повторный контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection risk</source>
        <translation>Риск для безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Порядок обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>Тип данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>Размер (байт)</translation>
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
        <translation>Получено из</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformations</source>
        <translation>Преобразования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture</source>
        <translation>Фиксация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>Зафиксировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local UTC offset</source>
        <translation>Местное смещение от UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured by</source>
        <translation>Кем зафиксировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool version</source>
        <translation>Версия инструмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Заголовок страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post id</source>
        <translation>Идентификатор публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geolocation</source>
        <translation>Геолокация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (m)</source>
        <translation>Точность (м)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of location</source>
        <translation>Источник координат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded metadata</source>
        <translation>Встроенные метаданные</translation>
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
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 verified</source>
        <translation>SHA-256 проверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export batch</source>
        <translation>Пакет экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of</source>
        <translation>От имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator type</source>
        <translation>Тип нарушителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator status</source>
        <translation>Статус нарушителя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervening party</source>
        <translation>Вмешавшаяся сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties requested</source>
        <translation>К кому обращались</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the whole record</source>
        <extracomment>(parent field, field) -&gt; vocabulary; then field -&gt; vocabulary.</extracomment>
        <translation>вся запись</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Torture allegations</source>
        <translation>Заявления о пытках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrators</source>
        <translation>Предполагаемые исполнители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment note</source>
        <translation>Обоснование оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed by</source>
        <translation>Кто оценил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment status</source>
        <translation>Статус оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis of the answer</source>
        <translation>Основание ответа</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/detail_pane.py" line="+93"/>
        <source>Select a record to see it here.</source>
        <translation>Выберите запись, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case timeline</source>
        <translation>Хронология дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Record details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab moves between its links; Enter opens the selected link.</source>
        <translation>Tab переходит между ссылками; Enter открывает выбранную ссылку.</translation>
    </message>
</context>
<context>
    <name>DetainedCard</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/detained.py" line="+88"/>
        <source>Detained on a day</source>
        <translation>Под стражей в заданный день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in detention on the day</source>
        <translation>Лица под стражей в этот день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a day as YYYY-MM-DD.</source>
        <translation>Введите день в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} in detention</source>
        <translation>Под стражей: {n}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/errors.py" line="+33"/>
        <source>An unexpected error occurred ({kind}). Nothing partial was saved. If it happens again, please report it.</source>
        <translation>Произошла непредвиденная ошибка ({kind}). Частичных изменений не сохранено. Если она повторится, пожалуйста, сообщите о ней.</translation>
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
        <translation>Пакет доказательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder for a court or a partner: this record and its attachments, every saved version, the custody log and a signed list of every file&apos;s hashes, with verify.py, which checks it all without FieldDoc. Choose a new folder:</source>
        <translation>Папка для суда или партнёра: эта запись и её вложения, все сохранённые версии, журнал хранения и подписанный список хэшей всех файлов, а также verify.py, который проверяет всё это без FieldDoc. Выберите новую папку:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachments are written DECRYPTED (exact copies of the originals), not encrypted. Keep the folder safe.</source>
        <translation>Вложения записываются РАСШИФРОВАННЫМИ (точные копии оригиналов), без шифрования. Храните папку надёжно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand: write the attachments unencrypted</source>
        <translation>Понимаю: записать вложения без шифрования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the evidence package</source>
        <translation>Папка пакета доказательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write package</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where to put the evidence package</source>
        <translation>Куда поместить пакет доказательств</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the evidence package…</source>
        <translation>Запись пакета доказательств…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written to {folder}.

Signer&apos;s fingerprint (give it to the recipient separately, e.g. by phone):</source>
        <translation>Записано в {folder}.

Отпечаток подписавшего (передайте его получателю отдельно, например по телефону):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recipient checks the package with: python verify.py</source>
        <translation>Получатель проверяет пакет командой: python verify.py</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/filter_bar.py" line="+181"/>
        <location line="+23"/>
        <source>Search names, titles, notes…</source>
        <translation>Поиск по именам, названиям, заметкам…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>A year, a month or a day: 2012, 2012-03 or 2012-03-28</source>
        <translation>Год, месяц или день: 2012, 2012-03 или 2012-03-28</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Show only records of the chosen confidentiality levels</source>
        <translation>Показывать только записи выбранных уровней конфиденциальности</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+24"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: {n}</source>
        <translation>Уровней: {n}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Dates from</source>
        <translation>Даты с</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Offence</source>
        <translation>Состав преступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases with a charge for this offence, under the old or the new code</source>
        <translation>Только дела с обвинением по этому составу, по старому или новому кодексу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dates to</source>
        <translation>Даты по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+1"/>
        <source>Tag</source>
        <extracomment>Shorter search text is not searched yet: a one-letter prefix matches nearly everything and only slows typing down.</extracomment>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only cases with this tag</source>
        <translation>Только дела с этой меткой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reason</source>
        <translation>Любая причина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any monitoring status</source>
        <translation>Любой статус мониторинга</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any offence</source>
        <translation>Любой состав</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring status</source>
        <translation>Статус мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason the case is monitored</source>
        <translation>Почему дело под наблюдением</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Extremist offences</source>
        <translation>Экстремистские преступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases with a charge under an article flagged as an extremist offence</source>
        <translation>Только дела с обвинением по статье, отмеченной как экстремистское преступление</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/import_json.py" line="+86"/>
        <source>Import records</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import records from a JSON file</source>
        <translation>Импорт записей из файла JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is checked as a whole first. Either every record in it is imported, or nothing is. Records already in the vault are updated; importing the same file twice changes nothing.</source>
        <translation>Сначала файл проверяется целиком. Импортируются либо все записи из него, либо ни одной. Записи, уже имеющиеся в хранилище, обновляются; повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File in the FieldDoc interchange format (.json)</source>
        <translation>Файл в формате обмена FieldDoc (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking and importing…</source>
        <translation>Проверка и импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported. New: {added}. Updated: {updated}. Unchanged: {unchanged}.</source>
        <translation>Импорт завершён. Новые: {added}. Обновлено: {updated}. Без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported:</source>
        <translation>Ничего не импортировано:</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>JSON file to import</source>
        <translation>Файл JSON для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>Проблемы, найденные в файле</translation>
    </message>
</context>
<context>
    <name>JoinHQDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/join_hq.py" line="+101"/>
        <source>Join an HQ</source>
        <translation>Присоединиться к штабу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An HQ administrator gave you an invitation file. Joining makes your own HQ vault in a folder on this computer, opened with your own passphrase; the invitation then opens nothing and can be deleted.</source>
        <translation>Администратор штаба передал вам файл приглашения. При присоединении в папке на этом компьютере создаётся ваше собственное хранилище штаба, которое открывается вашей парольной фразой; после этого приглашение ничего не открывает, и его можно удалить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HQ database address</source>
        <translation>Адрес базы данных штаба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder for your HQ vault</source>
        <translation>Папка для вашего хранилища штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. postgresql+psycopg://hq.example.org/fielddoc</source>
        <translation>например, postgresql+psycopg://hq.example.org/fielddoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the invitation</source>
        <translation>Выберите приглашение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for your HQ vault</source>
        <translation>Выберите папку для вашего хранилища штаба</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Joining: making your vault and connecting to the HQ database…</source>
        <translation>Присоединение: создаётся ваше хранилище и устанавливается соединение с базой данных штаба…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/labels.py" line="-80"/>
        <source>Cases</source>
        <extracomment>The lists the navigation offers, in order (None = every record type).</extracomment>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvements</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interventions</source>
        <translation>Вмешательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <translation>Лицо</translation>
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
        <translation>Вмешательство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New hearing</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New detention</source>
        <translation>Новое задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
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
    <message>
        <location line="+1"/>
        <source>New attachment</source>
        <translation>Новое вложение</translation>
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
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange</source>
        <translation>О&amp;бмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Opened read-only: nothing can be changed or saved.</source>
        <translation>Открыто только для чтения: ничего нельзя изменить или сохранить.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic lock during the hearing (Ctrl+L locks).</source>
        <translation>Автоматической блокировки на время заседания нет (Ctrl+L блокирует).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic lock after inactivity is on again.</source>
        <translation>Автоматическая блокировка при бездействии снова включена.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
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
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found: {n}+</source>
        <translation>Найдено: более {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: {n}+</source>
        <translation>Записей: более {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found: {n}</source>
        <translation>Найдено: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: {n}</source>
        <translation>Записей: {n}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case timeline</source>
        <translation>Хронология дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Enter opens the selected record; Tab moves on to its details.</source>
        <translation>Enter открывает выбранную запись; Tab переходит к её сведениям.</translation>
    </message>
</context>
<context>
    <name>RecordTabs</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/workspace_records.py" line="+69"/>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The editing forms are not part of this build yet.</source>
        <translation>Формы редактирования пока не входят в эту сборку.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this record ({kind})? It disappears from lists and search; its history is kept and the deletion is recorded.</source>
        <translation>Удалить эту запись ({kind})? Она исчезнет из списков и поиска; её история сохранится, а удаление будет зафиксировано.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted. The record stays in its history.</source>
        <translation>Удалено. Запись сохраняется в истории.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history view is not part of this build yet.</source>
        <translation>Просмотр истории пока не входит в эту сборку.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Case timeline</source>
        <translation>Хронология дела</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/rekey.py" line="+49"/>
        <source>Re-key vault</source>
        <translation>Смена ключа хранилища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-keying gives this vault a new secret key: the database and the keys of all attachments are encrypted again under it. Your passphrase stays the same. Whatever someone may recover from this disk of the vault&apos;s earlier state (deleted attachments, old database pages) then needs the old key, which only a leftover copy of the old key file still holds.</source>
        <translation>Смена ключа даёт хранилищу новый секретный ключ: база данных и ключи всех вложений заново шифруются под ним. Ваша парольная фраза остаётся прежней. Всё, что кто-то может восстановить с этого диска из прежнего состояния хранилища (удалённые вложения, старые страницы базы данных), после этого требует старого ключа, а он остаётся лишь в уцелевшей копии старого файла ключа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close FieldDoc everywhere else this vault is open. Backups made before keep the old key.</source>
        <translation>Закройте FieldDoc везде, где ещё открыто это хранилище. В резервных копиях, сделанных раньше, остаётся старый ключ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, to confirm</source>
        <translation>Ваша парольная фраза — для подтверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-key</source>
        <translation>Сменить ключ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Re-keying the vault…</source>
        <translation>Смена ключа хранилища…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/settings.py" line="+73"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock when I am away</source>
        <translation>Блокировать, когда я отхожу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after (minutes)</source>
        <translation>Блокировать через (минут)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide FieldDoc&apos;s windows from screen capture</source>
        <translation>Скрывать окна FieldDoc от захвата экрана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots, screen recordings, screen sharing and Windows Recall show FieldDoc&apos;s windows as empty.</source>
        <translation>На снимках и записях экрана, при демонстрации экрана и в Windows Recall окна FieldDoc будут пустыми.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>macOS is asked to leave FieldDoc&apos;s windows out of screenshots and screen sharing; some recording programs may still capture them.</source>
        <translation>macOS получит просьбу не показывать окна FieldDoc на снимках экрана и при демонстрации экрана; некоторые программы записи всё же могут их захватить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop gives programs no way to hide a window from screen capture: here the setting does nothing.</source>
        <translation>В этой среде рабочего стола программы не могут скрыть окно от захвата экрана: здесь настройка ничего не делает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+L locks at once, from anywhere in FieldDoc. These settings are kept inside the encrypted vault.</source>
        <translation>Ctrl+L блокирует сразу, из любого места FieldDoc. Эти настройки хранятся внутри зашифрованного хранилища.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the idle lock, anyone who picks up this laptop while FieldDoc is open can read everything in the vault.</source>
        <translation>Без автоматической блокировки любой, кто возьмёт этот ноутбук при открытом FieldDoc, сможет прочитать всё содержимое хранилища.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/statistics.py" line="-50"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apparent violation</source>
        <translation>Признаки нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Вызывает озабоченность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer not as expected, not yet assessed</source>
        <translation>Ответ не соответствует ожидаемому, ещё не оценён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Задержания</translation>
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
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings per month</source>
        <translation>Заседания по месяцам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearings by the month they took place.</source>
        <translation>Заседания по месяцу, в котором они состоялись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair-trial concerns by right</source>
        <translation>Поводы для озабоченности по правам справедливого суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations from hearings and cases, by the right they concern.</source>
        <translation>Наблюдения по заседаниям и делам, сгруппированные по затронутому праву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by type of facility</source>
        <translation>Задержания по типу места содержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detention counts once for every type of place it passed through.</source>
        <translation>Задержание учитывается один раз для каждого типа места, через которое прошёл задержанный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by procedure</source>
        <translation>Задержания по виду процедуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal, administrative and other.</source>
        <translation>Уголовные, административные и другие.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+25"/>
        <source>Computing…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Hearings: {hearings} · Detentions: {detentions} · Fair-trial observations: {obs}</source>
        <translation>Заседаний: {hearings} · задержаний: {detentions} · наблюдений по справедливому суду: {obs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counted {when}; counting again with the changes since…</source>
        <translation>подсчитано {when}; пересчитываем с учётом изменений…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/fielddoc/gui/tasks.py" line="+96"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/unlock.py" line="+197"/>
        <source>Locked after a period of inactivity.</source>
        <extracomment>Injectable for tests: the platform&apos;s Caps Lock state and the input layout&apos;s locale.</extracomment>
        <translation>Заблокировано после периода бездействия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked because the computer went to sleep.</source>
        <translation>Заблокировано, так как компьютер перешёл в спящий режим.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked because the screen was locked.</source>
        <translation>Заблокировано, так как экран компьютера был заблокирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyboard layout is {layout}, not a Latin one.</source>
        <translation>Раскладка клавиатуры — {layout}, не латинская.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are typing letters that are not Latin: check the keyboard layout.</source>
        <translation>Вы вводите не латинские буквы: проверьте раскладку клавиатуры.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;read-only (look without changing anything)</source>
        <translation>Открыть только для &amp;чтения (смотреть, ничего не меняя)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the passphrase as you type it (mind who can see the screen)</source>
        <translation>Показывать парольную фразу при вводе (следите, кто видит экран)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a vault…</source>
        <translation>Создать хранилище…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This vault is locked. Type your passphrase to open it.</source>
        <translation>Хранилище заблокировано. Чтобы открыть его, введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDoc keeps your notes on trials, incidents and detentions in an encrypted vault on this computer. Nothing is ever sent anywhere. There is no vault here yet: create one to start recording.</source>
        <translation>FieldDoc хранит ваши записи о судебных процессах, инцидентах и задержаниях в зашифрованном хранилище на этом компьютере. Ничего никуда не отправляется. Хранилища здесь пока нет: создайте его, чтобы начать работу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault folder: {path}</source>
        <translation>Папка хранилища: {path}</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+39"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Vault passphrase</source>
        <translation>Парольная фраза хранилища</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter unlocks the vault.</source>
        <translation>Enter открывает хранилище.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/fielddoc/gui/window_actions.py" line="+181"/>
        <source>About FieldDoc</source>
        <translation>О программе FieldDoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc {version}

Encrypted, offline documentation of trials, incidents and detentions for human-rights monitors. Nothing leaves this computer unless you export it.</source>
        <translation>FieldDoc {version}

Зашифрованное документирование судебных процессов, инцидентов и задержаний без подключения к сети — для правозащитных наблюдателей. Данные покидают этот компьютер, только если вы сами их экспортируете.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The vault has a new key.</source>
        <translation>У хранилища новый ключ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text size: {points} pt</source>
        <translation>Размер текста: {points} пт</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Select a record first.</source>
        <translation>Сначала выберите запись.</translation>
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
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms left unsaved last time: {n}. Their drafts were kept encrypted.</source>
        <translation>Формы, не сохранённые в прошлый раз: {n}. Их черновики сохранены в зашифрованном виде.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form has changes that are not saved. Close it and discard them?</source>
        <translation>В форме есть несохранённые изменения. Закрыть её и отбросить их?</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open records and lists</source>
        <translation>Открытые записи и списки</translation>
    </message>
</context>
</TS>
