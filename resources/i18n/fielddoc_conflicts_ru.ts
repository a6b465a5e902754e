<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/fielddoc/gui/models/conflicts.py" line="+45"/>
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
        <source>conflict resolved</source>
        <translation>конфликт разрешён</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/conflicts.py" line="+74"/>
        <source>Conflicting versions</source>
        <translation>Конфликты версий</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These records were changed on more than one device before the changes met at HQ. Compare the versions, then keep one of them or merge them field by field. Nothing is deleted: every version stays in the record&apos;s history.</source>
        <translation>Эти записи были изменены на нескольких устройствах, прежде чем изменения дошли до штаба. Сравните версии, затем оставьте одну из них или объедините их поле за полем. Ничего не удаляется: каждая версия остаётся в истории записи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+203"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>No conflicts: every record has one current version</source>
        <translation>Конфликтов нет: у каждой записи одна текущая версия</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>To merge: for each field that differs (marked ≠), choose the version whose value to keep, preview the merged version, then save it.</source>
        <translation>Чтобы объединить версии: для каждого различающегося поля (отмечено ≠) выберите версию, значение которой нужно оставить, просмотрите объединённую версию и сохраните её.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only the fields that differ</source>
        <translation>Показывать только различающиеся поля</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare and merge</source>
        <translation>Сравнение и объединение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merged version</source>
        <translation>Объединённая версия</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preview merged version</source>
        <translation>&amp;Просмотр объединённой версии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save merged version…</source>
        <translation>&amp;Сохранить объединённую версию…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n record(s) in conflict</source>
        <translation>
            <numerusform>%n запись в конфликте</numerusform>
            <numerusform>%n записи в конфликте</numerusform>
            <numerusform>%n записей в конфликте</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This record no longer has competing versions (it was resolved elsewhere).</source>
        <translation>У этой записи больше нет конкурирующих версий (конфликт разрешён в другом месте).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{kind} · %n competing version(s)</source>
        <translation>
            <numerusform>{kind} · %n конкурирующая версия</numerusform>
            <numerusform>{kind} · %n конкурирующие версии</numerusform>
            <numerusform>{kind} · %n конкурирующих версий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The other versions are not deleted: they stay in the record&apos;s history.</source>
        <translation>Остальные версии не удаляются: они остаются в истории записи.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {version} (from {device}) as the current version of “{title}”?</source>
        <translation>{version} (с устройства {device}) станет текущей версией записи «{title}». Продолжить?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this version</source>
        <translation>Оставить эту версию</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the merged version as the current version of “{title}”?</source>
        <translation>Сохранить объединённую версию как текущую версию записи «{title}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save merged version</source>
        <translation>Сохранить объединённую версию</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the resolution…</source>
        <translation>Сохранение решения…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolved “{title}”. Every version stays in its history.</source>
        <translation>Конфликт записи «{title}» разрешён. Все версии остаются в её истории.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Records in conflict</source>
        <translation>Записи с конфликтом</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The versions side by side</source>
        <translation>Версии рядом</translation>
    </message>
</context>
<context>
    <name>VersionComparison</name>
    <message>
        <location filename="../../src/fielddoc/gui/views/conflicts_compare.py" line="+57"/>
        <source>Version {n}</source>
        <translation>Версия {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{version} (shown now)</source>
        <translation>{version} (показывается сейчас)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>Сохранено:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{when} · revision {n}</source>
        <translation>{when} · редакция {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change:</source>
        <translation>Изменение:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{change} by {author}</source>
        <translation>{change}, автор: {author}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Оставить эту версию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this version the current one; the others stay in the history.</source>
        <translation>Сделать эту версию текущей; остальные останутся в истории.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep in the merge</source>
        <translation>Оставить при объединении</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep {field} from</source>
        <translation>Взять «{field}» из</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>same in all</source>
        <translation>одинаково во всех</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs: {parts}</source>
        <translation>Различается: {parts}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>merged from {n} versions</source>
        <translation>объединено из версий: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This merged version cannot be saved as it is:</source>
        <translation>Эту объединённую версию нельзя сохранить в таком виде:</translation>
    </message>
</context>
</TS>
