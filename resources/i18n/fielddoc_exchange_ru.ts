<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BriefDeviceDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/briefings.py" line="+111"/>
        <source>Brief a device</source>
        <translation>Брифинг для устройства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A briefing gives a monitor&apos;s device the scheduled hearings the monitor is assigned to and the case records they need. It is signed by HQ and encrypted to that device only.</source>
        <translation>Брифинг передаёт на устройство наблюдателя назначенные заседания, на которые он направлен, и нужные для них записи по делу. Он подписан штабом и зашифрован только для этого устройства.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device</source>
        <translation>&amp;Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the briefing</source>
        <translation>Куда записать брифинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write briefing</source>
        <translation>&amp;Записать брифинг</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No device is enrolled yet.</source>
        <translation>Ни одно устройство ещё не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No monitor is assigned to a hearing yet: add assignments to scheduled hearings first.</source>
        <translation>Ни один наблюдатель ещё не назначен на заседание: сначала добавьте назначения в назначенные заседания.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to write the briefing</source>
        <translation>Выберите, куда записать брифинг</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>Папки {path} не существует. Выберите существующую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the briefing…</source>
        <translation>Запись брифинга…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Briefing {n} written: {name} in {folder}. Hearings: {hearings}, records: {records}. Give it to the monitor; only device {device} can open it.</source>
        <translation>Брифинг {n} записан: {name} в папке {folder}. Заседаний: {hearings}, записей: {records}. Передайте его наблюдателю; открыть его может только устройство {device}.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/hq_devices.py" line="+161"/>
        <source>Field devices and HQ card</source>
        <translation>Полевые устройства и карточка штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enrolled field devices</source>
        <translation>Зарегистрированные полевые устройства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ imports bundles only from enrolled devices that are not revoked. Enrol a device from its enrolment file after comparing its fingerprint with the monitor, or trust it when its first bundle arrives.</source>
        <translation>Штаб импортирует пакеты только с зарегистрированных и не отозванных устройств. Зарегистрируйте устройство по его файлу регистрации, сверив отпечаток с монитором, или доверьтесь ему, когда придёт его первый пакет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing bundles</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device is enrolled yet.</source>
        <translation>Ни одно устройство ещё не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol from file…</source>
        <translation>&amp;Зарегистрировать из файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This HQ&apos;s recipient card</source>
        <translation>Карточка получателя этого штаба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field devices encrypt their bundles to this card. Give the card file to monitors and tell them this fingerprint over a channel you trust (in person or by phone):</source>
        <translation>Полевые устройства шифруют свои пакеты для этой карточки. Передайте файл карточки мониторам и сообщите им этот отпечаток по надёжному каналу (лично или по телефону):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save recipient card…</source>
        <translation>&amp;Сохранить карточку получателя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate encryption key…</source>
        <translation>С&amp;менить ключ шифрования…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enrolment file</source>
        <translation>файл регистрации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trust on first use</source>
        <translation>доверие при первом пакете</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked on {when}</source>
        <translation>Отозвано {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bundles with these numbers have not arrived from this device: ask the monitor to export again (a new bundle carries everything HQ has not acknowledged).</source>
        <translation>Пакеты с этими номерами от этого устройства не поступили: попросите монитора снова сделать экспорт (новый пакет несёт всё, что штаб ещё не подтвердил).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a device&apos;s enrolment file</source>
        <translation>Выберите файл регистрации устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Файлы регистрации (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the enrolment file…</source>
        <translation>Чтение файла регистрации…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare it, group by group, with the fingerprint the monitor reads to you over a channel you trust (in person or by phone). Enrol the device only if they match exactly: HQ then accepts every bundle signed by this key.</source>
        <translation>Сверьте его, группа за группой, с отпечатком, который монитор зачитает вам по надёжному каналу (лично или по телефону). Регистрируйте устройство, только если они совпадают полностью: после этого штаб принимает каждый пакет, подписанный этим ключом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was revoked. Enrolling it again means its bundles are accepted again.</source>
        <translation>Это устройство было отозвано. Если зарегистрировать его снова, его пакеты снова будут приниматься.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is already enrolled: enrolling it again changes only its label.</source>
        <translation>Это устройство уже зарегистрировано: повторная регистрация меняет только его метку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device was not enrolled. Nothing was changed.</source>
        <translation>Устройство не зарегистрировано. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrolled device {device} ({fingerprint}). Its bundles are now accepted.</source>
        <translation>Устройство {device} ({fingerprint}) зарегистрировано. Теперь его пакеты принимаются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrolling the device…</source>
        <translation>Регистрация устройства…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment file of device {device}. Its fingerprint is:</source>
        <translation>Файл регистрации устройства {device}. Его отпечаток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol the device</source>
        <translation>&amp;Зарегистрировать устройство</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <location line="+38"/>
        <location line="+65"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>I compared this fingerprint with the monitor over a channel I trust, and it matches exactly.</source>
        <translation>Я сверил этот отпечаток с монитором по надёжному каналу, и он совпадает полностью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Метка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a name for this device at HQ</source>
        <translation>Необязательно: название этого устройства в штабе</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The device was not revoked. Nothing was changed.</source>
        <translation>Устройство не отозвано. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoked device {device}: its future bundles will be refused. What it sent before is kept.</source>
        <translation>Устройство {device} отозвано: его будущие пакеты будут отклоняться. То, что оно прислало раньше, сохраняется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoking the device…</source>
        <translation>Отзыв устройства…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke device {device}? Its fingerprint is:</source>
        <translation>Отозвать устройство {device}? Его отпечаток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on HQ refuses every bundle from this device, including bundles it has already written. What it sent before is kept. Revoke a device that was lost, seized or may be in someone else&apos;s hands. Its bundles are accepted again only if you enrol it again from its enrolment file.</source>
        <translation>С этого момента штаб отклоняет каждый пакет с этого устройства, включая уже записанные им пакеты. То, что оно прислало раньше, сохраняется. Отзывайте устройство, которое потеряно, изъято или может оказаться в чужих руках. Его пакеты снова будут приниматься, только если вы заново зарегистрируете его по файлу регистрации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke the device</source>
        <translation>&amp;Отозвать устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: why (kept at HQ only)</source>
        <translation>Необязательно: почему (хранится только в штабе)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save HQ&apos;s recipient card</source>
        <translation>Выберите, куда сохранить карточку получателя штаба</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipient card saved: {name} in {folder}. Give it to the monitors and tell them its fingerprint.</source>
        <translation>Карточка получателя сохранена: {name} в папке {folder}. Передайте её мониторам и сообщите им её отпечаток.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the recipient card…</source>
        <translation>Сохранение карточки получателя…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key was not rotated. Nothing was changed.</source>
        <translation>Ключ не сменён. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new encryption key is now current. New fingerprint: {fingerprint}. Save the new card and give it to every field device; bundles made for the old card still open here.</source>
        <translation>Теперь действует новый ключ шифрования. Новый отпечаток: {fingerprint}. Сохраните новую карточку и передайте её на каждое полевое устройство; пакеты, сделанные для старой карточки, здесь по-прежнему открываются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making a new encryption key…</source>
        <translation>Создание нового ключа шифрования…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate HQ&apos;s encryption key</source>
        <translation>Сменить ключ шифрования штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new encryption key for this HQ?</source>
        <translation>Создать новый ключ шифрования для этого штаба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient card changes, and so does its fingerprint. Every field device must then get the new card and replace the old one with it (HQ recipients and enrolment → Replace…), comparing the new fingerprint with you. Until then devices keep encrypting to the old key: those bundles, and every older one, still open here. Rotate when the old key may have been exposed.</source>
        <translation>Карточка получателя изменится, а с ней и её отпечаток. Затем каждое полевое устройство должно получить новую карточку и заменить ею старую («Получатели в штабе и регистрация» → «Заменить…»), сверив с вами новый отпечаток. До тех пор устройства продолжают шифровать для старого ключа: такие пакеты и все более ранние здесь по-прежнему открываются. Меняйте ключ, когда старый мог попасть в чужие руки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate the key</source>
        <translation>Сменить ключ</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The device was not renamed. Nothing was changed.</source>
        <translation>Устройство не переименовано. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device {device} is now named “{name}”.</source>
        <translation>Устройство {device} теперь называется «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device {device} has no name now.</source>
        <translation>У устройства {device} теперь нет названия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renaming the device…</source>
        <translation>Переименование устройства…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename device</source>
        <translation>Переименовать устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of device {device} at HQ. Its fingerprint is:</source>
        <translation>Название устройства {device} в штабе. Его отпечаток:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is HQ&apos;s own: it is shown instead of the device&apos;s id in lists, conflicts and the history, and never sent to the device.</source>
        <translation>Это название знает только штаб: оно показывается вместо идентификатора устройства в списках, конфликтах и истории и никогда не отправляется на устройство.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Aktau laptop (Aigul)</source>
        <translation>напр. Ноутбук Актау (Айгуль)</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/exchange_common.py" line="+170"/>
        <source>That folder does not exist. Choose an existing folder.</source>
        <translation>Такой папки нет. Выберите существующую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDoc may not write in that folder. Choose another one.</source>
        <translation>FieldDoc не может записывать в эту папку. Выберите другую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written there ({reason}). Nothing was written; choose another folder.</source>
        <translation>Не удалось записать файл туда ({reason}). Ничего не записано; выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/bundles.py" line="+156"/>
        <source>Export for HQ</source>
        <translation>Экспорт для штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a bundle for HQ</source>
        <translation>Экспорт пакета для штаба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle holds what HQ has not confirmed yet. It is signed by this device and encrypted to HQ&apos;s key: only HQ can open it. Records marked device-only (TLP:RED) and contact details never leave this device.</source>
        <translation>Пакет содержит то, что штаб ещё не подтвердил. Он подписан этим устройством и зашифрован ключом штаба: открыть его может только штаб. Записи с пометкой «только на устройстве» (TLP:RED) и контактные данные никогда не покидают это устройство.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ recipients</source>
        <translation>Получатели (штаб)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Квитанции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HQ recipient card yet, so nothing can be exported. Ask HQ for its recipient card file, add it with the button below, and compare its fingerprint with HQ over a channel you trust (in person or by phone).</source>
        <translation>Карточки получателя-штаба ещё нет, поэтому экспортировать нельзя. Попросите у штаба файл его карточки получателя, добавьте его кнопкой ниже и сверьте отпечаток со штабом по надёжному каналу (лично или по телефону).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare each fingerprint with the one HQ told you before you export.</source>
        <translation>Перед экспортом сверьте каждый отпечаток с тем, который вам сообщил штаб.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add recipient card…</source>
        <translation>&amp;Добавить карточку получателя…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLP:CLEAR: public records only</source>
        <translation>TLP:CLEAR: только публичные записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:GREEN: up to records shared with partners</source>
        <translation>TLP:GREEN: вплоть до записей для партнёров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER: up to records for the organisation</source>
        <translation>TLP:AMBER: вплоть до записей для организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER+STRICT: everything except device-only records</source>
        <translation>TLP:AMBER+STRICT: всё, кроме записей «только на устройстве»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Highest marking</source>
        <translation>&amp;Высшая пометка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;verything HQ has not acknowledged yet (recommended)</source>
        <translation>В&amp;сё, что штаб ещё не подтвердил (рекомендуется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then a bundle that gets lost on the way does no harm.</source>
        <translation>Тогда потерянный по дороге пакет ничему не повредит.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only what is new since the last bundle</source>
        <translation>&amp;Только новое с последнего пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send sources without consent for HQ as &amp;empty stubs (default: leave them out)</source>
        <translation>Отправлять источники без согласия на передачу в штаб как &amp;пустые заглушки (по умолчанию они не отправляются)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stub carries only the source&apos;s id, kind and consent, so HQ knows it exists. A withdrawal of consent is always sent this way.</source>
        <translation>Заглушка содержит только идентификатор, вид и согласие источника, чтобы штаб знал о его существовании. Отзыв согласия всегда отправляется именно так.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the bundle (a USB stick, for example)</source>
        <translation>Куда записать пакет (например, на USB-флешку)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file gets a random name that says nothing about what is in it.</source>
        <translation>Файл получит случайное имя, которое ничего не говорит о его содержимом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>up to bundle {n}</source>
        <translation>до пакета {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose HQ&apos;s recipient card</source>
        <translation>Выберите карточку получателя-штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient cards (*.json *.card);;All files (*)</source>
        <translation>Карточки получателей (*.json *.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient card</source>
        <translation>Карточка получателя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card was not added.</source>
        <translation>Карточка не добавлена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the card of {name} ({fingerprint}).</source>
        <translation>Карточка «{name}» ({fingerprint}) добавлена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card of {name} ({fingerprint}) was already here.</source>
        <translation>Карточка «{name}» ({fingerprint}) уже была добавлена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose where to write the bundle</source>
        <translation>Выберите, куда записать пакет</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>Папки {path} не существует. Выберите существующую папку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the bundle… {done} of {total}</source>
        <translation>Запись пакета… {done} из {total}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to send: HQ has acknowledged everything, or nothing changed since the last bundle. No file was written.</source>
        <translation>Отправлять нечего: штаб подтвердил всё, или с последнего пакета ничего не изменилось. Файл не записан.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle {sequence} written: {name} in {folder}.</source>
        <translation>Пакет {sequence} записан: {name} в папке {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record revisions: {revisions}. Attachment files: {files}. Size: {size}.</source>
        <translation>Версий записей: {revisions}. Файлов вложений: {files}. Размер: {size}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is encrypted to HQ only: nobody else can open it, not even this device. Send it to HQ by any channel, then import HQ&apos;s receipt.</source>
        <translation>Файл зашифрован только для штаба: никто другой, даже это устройство, не может его открыть. Отправьте его в штаб любым способом, затем импортируйте квитанцию штаба.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drive cannot hold one file this large, so the bundle was cut into {count} volumes, {first} to {last}. Carry all of them to HQ, which imports them as one bundle.</source>
        <translation>Накопитель не вмещает такой большой файл, поэтому пакет разделён на тома (всего {count}): с {first} по {last}. Доставьте в штаб их все: штаб импортирует их как один пакет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More is waiting (the bundle reached its size limit): export again for the rest.</source>
        <translation>Осталось ещё (пакет достиг предельного размера): экспортируйте снова, чтобы отправить остальное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export was finished as well: {name}.</source>
        <translation>Также завершён прерванный экспорт: {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт отменён. Файл не записан.</translation>
    </message>
</context>
<context>
    <name>ImportBriefingDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/briefings.py" line="+49"/>
        <source>Import briefing</source>
        <translation>Импорт брифинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a briefing from HQ</source>
        <translation>Импорт брифинга из штаба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A briefing holds the hearings HQ assigned to you and the case records they need. It is accepted only if it is signed by one of your HQ recipients and written for this device. A record you changed meanwhile is never overwritten: both versions are kept.</source>
        <translation>Брифинг содержит заседания, на которые вас направил штаб, и нужные для них записи по делу. Он принимается, только если подписан одним из ваших получателей в штабе и составлен для этого устройства. Запись, которую вы тем временем изменили, никогда не перезаписывается: сохраняются обе версии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Briefing file from HQ (.age)</source>
        <translation>Файл брифинга из штаба (.age)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your assignments</source>
        <translation>Ваши назначения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a briefing from HQ</source>
        <translation>Выберите брифинг из штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc briefings (*.age);;All files (*)</source>
        <translation>Брифинги FieldDoc (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the briefing…</source>
        <translation>Проверка брифинга…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Briefing {n} from {name} was already imported; nothing changed.</source>
        <translation>Брифинг {n} от «{name}» уже был импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing {n} accepted from {name} ({fingerprint}): records: {records}, new revisions: {revisions}. Your assignments: {assigned}, new or changed: {new}.</source>
        <translation>Брифинг {n} от «{name}» ({fingerprint}) принят: записей: {records}, новых версий: {revisions}. Ваших назначений: {assigned}, новых или изменённых: {new}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier briefings that never arrived here: {n}; ask HQ.</source>
        <translation>Более ранних брифингов, так и не дошедших сюда: {n}; обратитесь в штаб.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed here and at HQ (both versions kept, see their history): {n}. Your version goes to HQ with your next export.</source>
        <translation>Изменено и здесь, и в штабе (сохранены обе версии, см. историю): {n}. Ваша версия уйдёт в штаб со следующим экспортом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vocabulary from HQ: new tags: {tags}; new legal codes: {added}; legal codes updated by HQ: {updated}; already built in, kept as they are: {kept}.</source>
        <translation>Словари от штаба: новые теги: {tags}; новые правовые кодексы: {added}; кодексы, обновлённые штабом: {updated}; уже встроенные, оставлены без изменений: {kept}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
</context>
<context>
    <name>ImportBundlesDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/hq_bundles.py" line="+163"/>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles from field devices</source>
        <translation>Импорт пакетов с полевых устройств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle files to import</source>
        <translation>Файлы пакетов для импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each file is verified completely before anything in it is trusted, and is imported completely or not at all. Importing the same file twice changes nothing.</source>
        <translation>Каждый файл полностью проверяется, прежде чем чему-либо в нём доверять, и импортируется целиком или не импортируется вовсе. Повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear list</source>
        <translation>О&amp;чистить список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file</source>
        <translation>Этот файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some records now have conflicting edits from different devices. Every version is kept; open Exchange → Resolve conflicts to review them.</source>
        <translation>У некоторых записей теперь есть конфликтующие правки с разных устройств. Все версии сохранены; чтобы их просмотреть, откройте Обмен → Разрешить конфликты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write receipt for a device…</source>
        <translation>&amp;Записать квитанцию для устройства…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+118"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported: cancelled. Nothing from this file was changed.</source>
        <translation>Не импортирован: отменено. Ничего из этого файла не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: the fingerprint of device {device} was not confirmed. Nothing from this file was changed.</source>
        <translation>Не импортирован: отпечаток устройства {device} не подтверждён. Ничего из этого файла не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {message}</source>
        <translation>Не импортирован: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported (bundle {sequence} of device {device}); nothing changed.</source>
        <translation>Уже импортирован (пакет {sequence} устройства {device}); ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported bundle {sequence} of device {device}. New revisions: {new} of {total} (new records: {records}, updated: {updated}). New files: {new_files} of {files}.</source>
        <translation>Импортирован пакет {sequence} устройства {device}. Новых версий: {new} из {total} (новых записей: {records}, обновлено: {updated}). Новых файлов: {new_files} из {files}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The device is now enrolled (its fingerprint was confirmed).</source>
        <translation>Устройство теперь зарегистрировано (его отпечаток подтверждён).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records with conflicting edits: {n}.</source>
        <translation>Записей с конфликтующими правками: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References to records HQ does not have: {n} (records kept on the device only, or not sent yet).</source>
        <translation>Ссылок на записи, которых нет у штаба: {n} (записи, хранящиеся только на устройстве, или ещё не отправленные).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles {numbers} of this device have not arrived yet.</source>
        <translation>Пакеты {numbers} этого устройства ещё не поступили.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device has more to send (the bundle reached its size limit).</source>
        <translation>У устройства есть ещё данные для отправки (пакет достиг предельного размера).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose bundle files</source>
        <translation>Выберите файлы пакетов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc bundles (*.age);;All files (*)</source>
        <translation>Пакеты FieldDoc (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Imported: {imported}. Already imported: {already}. Not imported: {failed}.</source>
        <translation>Импортировано: {imported}. Уже были импортированы: {already}. Не импортировано: {failed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {i} of {n}: {name}</source>
        <translation>Файл {i} из {n}: {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown device</source>
        <translation>Неизвестное устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle {name} comes from device {device}, which this HQ has not enrolled. Its fingerprint is:</source>
        <translation>Пакет {name} пришёл с устройства {device}, которое этот штаб не регистрировал. Его отпечаток:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it, group by group, with the fingerprint the monitor reads to you over a channel you trust (in person or by phone). Trust the device only if they match exactly; its later bundles are then accepted without asking.</source>
        <translation>Сверьте его, группа за группой, с отпечатком, который монитор зачитает вам по надёжному каналу (лично или по телефону). Доверяйте устройству, только если они совпадают полностью; его следующие пакеты будут приниматься без вопроса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They match: trust and import</source>
        <translation>Совпадает: доверять и импортировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
</context>
<context>
    <name>ImportReceiptDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/receipts.py" line="+87"/>
        <source>Import HQ receipt</source>
        <translation>Импорт квитанции штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a receipt from HQ</source>
        <translation>Импорт квитанции от штаба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt is HQ&apos;s signed confirmation of the bundles it imported. It is accepted only if it is signed by one of your HQ recipients and addressed to this device; then what HQ has is marked as delivered and is no longer exported.</source>
        <translation>Квитанция — подписанное штабом подтверждение пакетов, которые он импортировал. Она принимается, только если подписана одним из ваших получателей-штабов и адресована этому устройству; тогда всё, что есть у штаба, отмечается как доставленное и больше не экспортируется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt file from HQ (.age)</source>
        <translation>Файл квитанции от штаба (.age)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase what HQ has</source>
        <translation>Стереть то, что уже есть у штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase delivered records…</source>
        <translation>&amp;Стереть доставленные записи…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a receipt from HQ</source>
        <translation>Выберите квитанцию штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc receipts (*.age);;All files (*)</source>
        <translation>Квитанции FieldDoc (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the receipt…</source>
        <translation>Проверка квитанции…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt accepted from {name} ({fingerprint}).</source>
        <translation>Квитанция от «{name}» ({fingerprint}) принята.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles acknowledged: {bundles}. Now marked as delivered: record revisions: {revisions}, attachment files: {files}.</source>
        <translation>Подтверждено пакетов: {bundles}. Теперь отмечено как доставленное: версий записей: {revisions}, файлов вложений: {files}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged bundles unknown on this device (made before a restore?): {n}.</source>
        <translation>Подтверждённых пакетов, неизвестных на этом устройстве (созданы до восстановления?): {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles also sent to other HQ cards that have not acknowledged them yet: {n}. They count as delivered once every HQ they were sent to has sent its receipt.</source>
        <translation>Пакетов, отправленных также другим карточкам штабов, которые их ещё не подтвердили: {n}. Они будут считаться доставленными, когда квитанцию пришлют все штабы, которым они были отправлены.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking what HQ has…</source>
        <translation>Проверка того, что уже есть у штаба…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be erased: no record is fully acknowledged by HQ yet, or every such record is still needed by another one.</source>
        <translation>Стирать нечего: штаб ещё не подтвердил полностью ни одной записи, или каждая такая запись ещё нужна другой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged by HQ and no longer needed here: records: {records}, attachment files: {files}. Erasing them leaves less to find if this device is seized.</source>
        <translation>Подтверждено штабом и здесь больше не нужно: записей: {records}, файлов вложений: {files}. Если их стереть, при изъятии устройства на нём найдут меньше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept because other records refer to them: {n}.</source>
        <translation>Оставлено, потому что на них ссылаются другие записи: {n}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erasing…</source>
        <translation>Стирание…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase delivered records</source>
        <translation>Стереть доставленные записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase from this device: records: {records}, attachment files: {files}?</source>
        <translation>Стереть с этого устройства записи ({records}) и файлы вложений ({files})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ has confirmed that it has them. They and their history are erased from this vault. This cannot be undone.</source>
        <translation>Штаб подтвердил, что они у него есть. Записи и их история будут стёрты из этого хранилища. Это нельзя отменить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase them</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erased records that HQ has: {n}.</source>
        <translation>Стёрто записей, которые есть у штаба: {n}.</translation>
    </message>
</context>
<context>
    <name>RecipientCards</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/exchange_common.py" line="+19"/>
        <source>Add HQ recipient card</source>
        <translation>Добавить карточку получателя-штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient card of “{name}”. Its fingerprint is:</source>
        <translation>Карточка получателя «{name}». Её отпечаток:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it, group by group, with the fingerprint HQ told you over a channel you trust (in person or by phone). Add the card only if they match exactly: bundles are encrypted to whoever holds this card&apos;s key.</source>
        <translation>Сверьте его, группа за группой, с отпечатком, который штаб сообщил вам по надёжному каналу (лично или по телефону). Добавляйте карточку, только если они совпадают полностью: пакеты шифруются для того, у кого ключ этой карточки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They match: add the card</source>
        <translation>Совпадает: добавить карточку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not add</source>
        <translation>Не добавлять</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace HQ recipient card</source>
        <translation>Замена карточки получателя-штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recipient card of “{name}”. It replaces the card {old}. Its fingerprint is:</source>
        <translation>Новая карточка получателя «{name}». Она заменяет карточку {old}. Её отпечаток:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ has made a new encryption key. Compare the new fingerprint, group by group, with the one HQ told you over a channel you trust (in person or by phone). Replace the card only if they match exactly: later bundles are encrypted to this card only.</source>
        <translation>Штаб создал новый ключ шифрования. Сверьте новый отпечаток, группа за группой, с тем, который штаб сообщил вам по надёжному каналу (лично или по телефону). Заменяйте карточку, только если они совпадают полностью: следующие пакеты будут шифроваться только для этой карточки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They match: replace the card</source>
        <translation>Совпадает: заменить карточку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not replace</source>
        <translation>Не заменять</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/recipients.py" line="+158"/>
        <source>HQ recipients and enrolment</source>
        <translation>Получатели в штабе и регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>HQ recipient cards</source>
        <translation>Карточки получателей-штабов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles from this device are encrypted to these cards only: only the HQ that holds a card&apos;s key can open them. Add a card only after comparing its fingerprint with HQ over a channel you trust (in person or by phone).</source>
        <translation>Пакеты с этого устройства шифруются только для этих карточек: открыть их может только штаб, у которого есть ключ карточки. Добавляйте карточку, только сверив её отпечаток со штабом по надёжному каналу (лично или по телефону).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HQ recipient card yet, so nothing can be exported. Ask HQ for its recipient card file and add it.</source>
        <translation>Карточки получателя-штаба ещё нет, поэтому экспортировать нельзя. Попросите у штаба файл его карточки получателя и добавьте его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add recipient card…</source>
        <translation>&amp;Добавить карточку получателя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ has a new encryption key: put its new card in the place of the selected one.</source>
        <translation>У штаба новый ключ шифрования: поставьте его новую карточку на место выбранной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment for HQ</source>
        <translation>Регистрация в штабе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ accepts bundles from this device once it knows its key: from the enrolment file, or when the first bundle arrives. Either way, read this fingerprint to HQ over a channel you trust, group by group:</source>
        <translation>Штаб принимает пакеты с этого устройства, когда знает его ключ: из файла регистрации или с приходом первого пакета. В любом случае зачитайте штабу этот отпечаток по надёжному каналу, группа за группой:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label for HQ</source>
        <translation>&amp;Метка для штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save enrolment file…</source>
        <translation>&amp;Сохранить файл регистрации…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds this device&apos;s public keys and the label, nothing secret. Its name is the device id.</source>
        <translation>В файле только открытые ключи этого устройства и метка, ничего секретного. Его имя — идентификатор устройства.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device {device}</source>
        <translation>Устройство {device}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Choose HQ&apos;s recipient card</source>
        <translation>Выберите карточку получателя-штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Recipient cards (*.json *.card);;All files (*)</source>
        <translation>Карточки получателей (*.json *.card);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The card was not added. Nothing was changed.</source>
        <translation>Карточка не добавлена. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added the card of {name} ({fingerprint}).</source>
        <translation>Карточка «{name}» ({fingerprint}) добавлена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card of {name} ({fingerprint}) was already here.</source>
        <translation>Карточка «{name}» ({fingerprint}) уже была добавлена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding the card…</source>
        <translation>Добавление карточки…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose HQ&apos;s new recipient card</source>
        <translation>Выберите новую карточку получателя-штаба</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the card that is already here: nothing to replace. HQ makes a new card when it rotates its key.</source>
        <translation>Это та же карточка, что уже добавлена: заменять нечего. Штаб делает новую карточку, когда меняет ключ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This card was not made by the same HQ as the card of {name}: its signing key is different. Nothing was changed. To send bundles to another HQ as well, add its card instead.</source>
        <translation>Эту карточку сделал не тот штаб, что карточку «{name}»: у неё другой ключ подписи. Ничего не изменено. Чтобы отправлять пакеты ещё и другому штабу, лучше добавьте его карточку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card was not replaced. Nothing was changed.</source>
        <translation>Карточка не заменена. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced by the new card of {name} ({fingerprint}). Later bundles are encrypted to it only.</source>
        <translation>Заменена новой карточкой «{name}» ({fingerprint}). Следующие пакеты шифруются только для неё.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replacing the card…</source>
        <translation>Замена карточки…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It is the only HQ card on this device: until you add another one, nothing can be exported. Bundles already written are not affected.</source>
        <translation>Это единственная карточка штаба на этом устройстве: пока вы не добавите другую, экспортировать ничего нельзя. Уже записанных пакетов это не касается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later bundles will not be encrypted to it. Bundles already written are not affected.</source>
        <translation>Следующие пакеты не будут шифроваться для неё. Уже записанных пакетов это не касается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card was kept. Nothing was changed.</source>
        <translation>Карточка оставлена. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed the card of {name}. There is no HQ card left: add one before you export.</source>
        <translation>Карточка «{name}» удалена. Карточек штаба не осталось: добавьте карточку перед экспортом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the card of {name}. Later bundles will not be encrypted to it.</source>
        <translation>Карточка «{name}» удалена. Следующие пакеты не будут шифроваться для неё.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removing the card…</source>
        <translation>Удаление карточки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove HQ recipient card</source>
        <translation>Удаление карточки получателя-штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the card of “{name}”?

{fingerprint}</source>
        <translation>Удалить карточку «{name}»?

{fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the card</source>
        <translation>Удалить карточку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the enrolment file</source>
        <translation>Выберите, куда сохранить файл регистрации</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrolment file saved: {name} in {folder}. Give it to HQ, then read the fingerprint above to HQ over a channel you trust.</source>
        <translation>Файл регистрации сохранён: {name} в папке {folder}. Передайте его в штаб, затем зачитайте штабу отпечаток, показанный выше, по надёжному каналу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the enrolment file…</source>
        <translation>Сохранение файла регистрации…</translation>
    </message>
</context>
<context>
    <name>WriteReceiptDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/hq_receipts.py" line="+97"/>
        <source>Write receipt</source>
        <translation>Запись квитанции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt tells a device which of its bundles HQ has imported, so that it stops sending them again and may erase them. It is signed by HQ and encrypted to that device only.</source>
        <translation>Квитанция сообщает устройству, какие из его пакетов штаб импортировал, чтобы оно перестало отправлять их снова и могло их стереть. Она подписана штабом и зашифрована только для этого устройства.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device</source>
        <translation>&amp;Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the receipt</source>
        <translation>Куда записать квитанцию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write receipt</source>
        <translation>&amp;Записать квитанцию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device} (bundles imported: {bundles})</source>
        <translation>{device} (импортировано пакетов: {bundles})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(revoked)</source>
        <translation>(отозвано)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No device is enrolled yet: import a bundle first.</source>
        <translation>Ни одно устройство ещё не зарегистрировано: сначала импортируйте пакет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to write the receipt</source>
        <translation>Выберите, куда записать квитанцию</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>Папки {path} не существует. Выберите существующую папку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the receipt…</source>
        <translation>Запись квитанции…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receipt written: {name} in {folder}. Bundles of device {device} it acknowledges: {bundles}. Send it back to the monitor; only that device can open it.</source>
        <translation>Квитанция записана: {name} в папке {folder}. Подтверждено пакетов устройства {device}: {bundles}. Отправьте её монитору; открыть её может только это устройство.</translation>
    </message>
</context>
</TS>
