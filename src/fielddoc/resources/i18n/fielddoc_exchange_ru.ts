<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../gui/dialogs/bundles.py" line="+151"/>
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
        <location line="+1"/>
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
        <location line="+5"/>
        <source>Add HQ recipient card</source>
        <translation>Добавить карточку получателя-штаба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient card of “{name}”. Its fingerprint is:

{fingerprint}</source>
        <translation>Карточка получателя «{name}». Её отпечаток:

{fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it, group by group, with the fingerprint HQ told you over a channel you trust (in person or by phone). Add the card only if they match exactly: bundles are encrypted to whoever holds this card&apos;s key.</source>
        <translation>Сверьте его, группа за группой, с отпечатком, который штаб сообщил вам по надёжному каналу (лично или по телефону). Добавляйте карточку, только если они совпадают полностью: пакеты шифруются для того, у кого ключ этой карточки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They match: add the card</source>
        <translation>Совпадает: добавить карточку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not add</source>
        <translation>Не добавлять</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to write the bundle</source>
        <translation>Выберите, куда записать пакет</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>Папки {path} не существует. Выберите существующую папку.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>More is waiting (the bundle reached its size limit): export again for the rest.</source>
        <translation>Осталось ещё (пакет достиг предельного размера): экспортируйте снова, чтобы отправить остальное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export was finished as well: {name}.</source>
        <translation>Также завершён прерванный экспорт: {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорт отменён. Файл не записан.</translation>
    </message>
</context>
<context>
    <name>ImportBundlesDialog</name>
    <message>
        <location filename="../../gui/dialogs/hq_bundles.py" line="+173"/>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles from field devices</source>
        <translation>Импорт пакетов с полевых устройств</translation>
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
        <location line="+108"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+108"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="-93"/>
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
        <location line="+5"/>
        <source>Choose bundle files</source>
        <translation>Выберите файлы пакетов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc bundles (*.age);;All files (*)</source>
        <translation>Пакеты FieldDoc (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Imported: {imported}. Already imported: {already}. Not imported: {failed}.</source>
        <translation>Импортировано: {imported}. Уже были импортированы: {already}. Не импортировано: {failed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {i} of {n}: {name}</source>
        <translation>Файл {i} из {n}: {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown device</source>
        <translation>Неизвестное устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle {name} comes from device {device}, which this HQ has not enrolled. Its fingerprint is:

{fingerprint}</source>
        <translation>Пакет {name} пришёл с устройства {device}, которое этот штаб не регистрировал. Его отпечаток:

{fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../gui/dialogs/receipts.py" line="+89"/>
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
        <location line="+33"/>
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
    <name>WriteReceiptDialog</name>
    <message>
        <location filename="../../gui/dialogs/hq_receipts.py" line="+96"/>
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
