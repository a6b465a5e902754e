<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>BriefDeviceDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/briefings.py" line="+111"/>
        <source>Brief a device</source>
        <translation>Құрылғыға брифинг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A briefing gives a monitor&apos;s device the scheduled hearings the monitor is assigned to and the case records they need. It is signed by HQ and encrypted to that device only.</source>
        <translation>Брифинг бақылаушының құрылғысына ол жіберілген тағайындалған отырыстарды және оларға қажет іс жазбаларын береді. Оған штаб қол қояды және ол тек сол құрылғы үшін шифрланады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device</source>
        <translation>&amp;Құрылғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the briefing</source>
        <translation>Брифингті қайда жазу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write briefing</source>
        <translation>Брифингті &amp;жазу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No device is enrolled yet.</source>
        <translation>Әлі бірде-бір құрылғы тіркелмеген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No monitor is assigned to a hearing yet: add assignments to scheduled hearings first.</source>
        <translation>Әзірге бірде-бір бақылаушы отырысқа тағайындалмаған: алдымен тағайындалған отырыстарға бақылаушыларды қосыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to write the briefing</source>
        <translation>Брифингті қайда жазуды таңдаңыз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>{path} қалтасы жоқ. Бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the briefing…</source>
        <translation>Брифинг жазылуда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Briefing {n} written: {name} in {folder}. Hearings: {hearings}, records: {records}. Give it to the monitor; only device {device} can open it.</source>
        <translation>{n} брифингі жазылды: {folder} қалтасындағы {name}. Отырыстар: {hearings}, жазбалар: {records}. Оны бақылаушыға беріңіз; оны тек {device} құрылғысы аша алады.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/hq_devices.py" line="+161"/>
        <source>Field devices and HQ card</source>
        <translation>Далалық құрылғылар және штаб карточкасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Enrolled field devices</source>
        <translation>Тіркелген далалық құрылғылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ imports bundles only from enrolled devices that are not revoked. Enrol a device from its enrolment file after comparing its fingerprint with the monitor, or trust it when its first bundle arrives.</source>
        <translation>Штаб пакеттерді тек тіркелген және кері қайтарылмаған құрылғылардан импорттайды. Құрылғыны саусақ ізін монитормен салыстырғаннан кейін оның тіркеу файлынан тіркеңіз немесе алғашқы пакеті келгенде оған сеніңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing bundles</source>
        <translation>Жетіспейтіндер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device is enrolled yet.</source>
        <translation>Әлі бірде-бір құрылғы тіркелмеген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol from file…</source>
        <translation>Файлдан &amp;тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>Кері &amp;қайтару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This HQ&apos;s recipient card</source>
        <translation>Осы штабтың алушы карточкасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field devices encrypt their bundles to this card. Give the card file to monitors and tell them this fingerprint over a channel you trust (in person or by phone):</source>
        <translation>Далалық құрылғылар өз пакеттерін осы карточкаға шифрлайды. Карточка файлын мониторларға беріңіз және осы саусақ ізін оларға сенімді арна арқылы (жеке өзі немесе телефонмен) айтыңыз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save recipient card…</source>
        <translation>Алушы карточкасын &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate encryption key…</source>
        <translation>Шифрлау кілтін &amp;ауыстыру…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>enrolment file</source>
        <translation>тіркеу файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trust on first use</source>
        <translation>алғашқы пакетте сену</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked on {when}</source>
        <translation>Кері қайтарылды: {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bundles with these numbers have not arrived from this device: ask the monitor to export again (a new bundle carries everything HQ has not acknowledged).</source>
        <translation>Осы нөмірлері бар пакеттер бұл құрылғыдан келген жоқ: мониторға қайта экспорттауды сұраңыз (жаңа пакетте штаб әлі растамаған нәрсенің бәрі болады).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a device&apos;s enrolment file</source>
        <translation>Құрылғының тіркеу файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Тіркеу файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the enrolment file…</source>
        <translation>Тіркеу файлы оқылуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare it, group by group, with the fingerprint the monitor reads to you over a channel you trust (in person or by phone). Enrol the device only if they match exactly: HQ then accepts every bundle signed by this key.</source>
        <translation>Оны монитор сізге сенімді арна арқылы (жеке өзі немесе телефонмен) оқып берген саусақ ізімен топ-топ бойынша салыстырыңыз. Құрылғыны тек толық сәйкес келсе ғана тіркеңіз: содан кейін штаб осы кілтпен қол қойылған әр пакетті қабылдайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device was revoked. Enrolling it again means its bundles are accepted again.</source>
        <translation>Бұл құрылғы кері қайтарылған. Оны қайта тіркесеңіз, оның пакеттері қайтадан қабылданады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is already enrolled: enrolling it again changes only its label.</source>
        <translation>Бұл құрылғы тіркелген: қайта тіркеу тек оның белгісін өзгертеді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The device was not enrolled. Nothing was changed.</source>
        <translation>Құрылғы тіркелмеді. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrolled device {device} ({fingerprint}). Its bundles are now accepted.</source>
        <translation>{device} құрылғысы ({fingerprint}) тіркелді. Енді оның пакеттері қабылданады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrolling the device…</source>
        <translation>Құрылғы тіркелуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol device</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment file of device {device}. Its fingerprint is:</source>
        <translation>{device} құрылғысының тіркеу файлы. Оның саусақ ізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol the device</source>
        <translation>Құрылғыны &amp;тіркеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <location line="+38"/>
        <location line="+65"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>I compared this fingerprint with the monitor over a channel I trust, and it matches exactly.</source>
        <translation>Мен бұл саусақ ізін монитормен сенімді арна арқылы салыстырдым, ол толық сәйкес келеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a name for this device at HQ</source>
        <translation>Міндетті емес: штабтағы осы құрылғының атауы</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The device was not revoked. Nothing was changed.</source>
        <translation>Құрылғы кері қайтарылмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoked device {device}: its future bundles will be refused. What it sent before is kept.</source>
        <translation>{device} құрылғысы кері қайтарылды: оның болашақ пакеттері қабылданбайды. Бұрын жібергені сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoking the device…</source>
        <translation>Құрылғы кері қайтарылуда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke device</source>
        <translation>Құрылғыны кері қайтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke device {device}? Its fingerprint is:</source>
        <translation>{device} құрылғысын кері қайтару керек пе? Оның саусақ ізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on HQ refuses every bundle from this device, including bundles it has already written. What it sent before is kept. Revoke a device that was lost, seized or may be in someone else&apos;s hands. Its bundles are accepted again only if you enrol it again from its enrolment file.</source>
        <translation>Осы сәттен бастап штаб бұл құрылғының әр пакетін, оның ішінде ол әлдеқашан жазған пакеттерді де қабылдамайды. Бұрын жібергені сақталады. Жоғалған, тәркіленген немесе бөгде біреудің қолына түсуі мүмкін құрылғыны кері қайтарыңыз. Оның пакеттері сіз оны тіркеу файлынан қайта тіркегенде ғана қайтадан қабылданады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke the device</source>
        <translation>Құрылғыны кері &amp;қайтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: why (kept at HQ only)</source>
        <translation>Міндетті емес: неге (тек штабта сақталады)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save HQ&apos;s recipient card</source>
        <translation>Штабтың алушы карточкасын қайда сақтауды таңдаңыз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recipient card saved: {name} in {folder}. Give it to the monitors and tell them its fingerprint.</source>
        <translation>Алушы карточкасы сақталды: {name}, қалта: {folder}. Оны мониторларға беріңіз және оның саусақ ізін айтыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the recipient card…</source>
        <translation>Алушы карточкасы сақталуда…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key was not rotated. Nothing was changed.</source>
        <translation>Кілт ауыстырылмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new encryption key is now current. New fingerprint: {fingerprint}. Save the new card and give it to every field device; bundles made for the old card still open here.</source>
        <translation>Енді жаңа шифрлау кілті қолданыста. Жаңа саусақ ізі: {fingerprint}. Жаңа карточканы сақтап, оны әр далалық құрылғыға беріңіз; ескі карточкаға жасалған пакеттер мұнда бұрынғыша ашылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making a new encryption key…</source>
        <translation>Жаңа шифрлау кілті жасалуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate HQ&apos;s encryption key</source>
        <translation>Штабтың шифрлау кілтін ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new encryption key for this HQ?</source>
        <translation>Осы штаб үшін жаңа шифрлау кілтін жасау керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient card changes, and so does its fingerprint. Every field device must then get the new card and replace the old one with it (HQ recipients and enrolment → Replace…), comparing the new fingerprint with you. Until then devices keep encrypting to the old key: those bundles, and every older one, still open here. Rotate when the old key may have been exposed.</source>
        <translation>Алушы карточкасы өзгереді, онымен бірге оның саусақ ізі де өзгереді. Содан кейін әр далалық құрылғы жаңа карточканы алып, ескісін соның орнына ауыстыруы керек («Штаб алушылары және тіркеу» → «Ауыстыру…»), жаңа саусақ ізін сізбен салыстырып. Оған дейін құрылғылар ескі кілтке шифрлауды жалғастырады: ондай пакеттер де, одан бұрынғылардың бәрі де мұнда бұрынғыша ашылады. Ескі кілт бөгде біреуге белгілі болуы мүмкін болса, кілтті ауыстырыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate the key</source>
        <translation>Кілтті ауыстыру</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Re&amp;name…</source>
        <translation>Атауын ө&amp;згерту…</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The device was not renamed. Nothing was changed.</source>
        <translation>Құрылғының атауы өзгертілмеді. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device {device} is now named “{name}”.</source>
        <translation>{device} құрылғысының енді атауы — «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device {device} has no name now.</source>
        <translation>{device} құрылғысының енді атауы жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renaming the device…</source>
        <translation>Құрылғының атауы өзгертілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename device</source>
        <translation>Құрылғының атауын өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of device {device} at HQ. Its fingerprint is:</source>
        <translation>{device} құрылғысының штабтағы атауы. Оның саусақ ізі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is HQ&apos;s own: it is shown instead of the device&apos;s id in lists, conflicts and the history, and never sent to the device.</source>
        <translation>Бұл атауды тек штаб біледі: ол тізімдерде, қайшылықтарда және тарихта құрылғы идентификаторының орнына көрсетіледі және құрылғыға ешқашан жіберілмейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>Атауын &amp;өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Aktau laptop (Aigul)</source>
        <translation>мыс. Ақтау ноутбугі (Айгүл)</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/exchange_common.py" line="+170"/>
        <source>That folder does not exist. Choose an existing folder.</source>
        <translation>Ондай қалта жоқ. Бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FieldDoc may not write in that folder. Choose another one.</source>
        <translation>FieldDoc бұл қалтаға жаза алмайды. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written there ({reason}). Nothing was written; choose another folder.</source>
        <translation>Файлды ол жерге жазу мүмкін болмады ({reason}). Ештеңе жазылған жоқ; басқа қалтаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/bundles.py" line="+156"/>
        <source>Export for HQ</source>
        <translation>Штабқа экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a bundle for HQ</source>
        <translation>Штабқа пакет экспорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle holds what HQ has not confirmed yet. It is signed by this device and encrypted to HQ&apos;s key: only HQ can open it. Records marked device-only (TLP:RED) and contact details never leave this device.</source>
        <translation>Пакетте штаб әлі растамаған нәрсе болады. Оған осы құрылғы қол қояды және ол штабтың кілтімен шифрланады: оны тек штаб аша алады. «Тек құрылғыда» (TLP:RED) белгісі бар жазбалар мен байланыс деректері бұл құрылғыдан ешқашан шықпайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ recipients</source>
        <translation>Штаб-алушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Түбіртектер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HQ recipient card yet, so nothing can be exported. Ask HQ for its recipient card file, add it with the button below, and compare its fingerprint with HQ over a channel you trust (in person or by phone).</source>
        <translation>Штаб-алушы карточкасы әлі жоқ, сондықтан экспорттау мүмкін емес. Штабтан алушы карточкасының файлын сұраңыз, оны төмендегі батырмамен қосыңыз және саусақ ізін штабпен сенімді арна арқылы (жеке өзі немесе телефонмен) салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare each fingerprint with the one HQ told you before you export.</source>
        <translation>Экспорттар алдында әр саусақ ізін штаб сізге айтқан саусақ ізімен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add recipient card…</source>
        <translation>Алушы карточкасын &amp;қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLP:CLEAR: public records only</source>
        <translation>TLP:CLEAR: тек көпшілікке ашық жазбалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:GREEN: up to records shared with partners</source>
        <translation>TLP:GREEN: серіктестермен бөлісілетін жазбаларға дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER: up to records for the organisation</source>
        <translation>TLP:AMBER: ұйымға арналған жазбаларға дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLP:AMBER+STRICT: everything except device-only records</source>
        <translation>TLP:AMBER+STRICT: «тек құрылғыда» жазбаларынан басқаның бәрі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Highest marking</source>
        <translation>Ең &amp;жоғары белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;verything HQ has not acknowledged yet (recommended)</source>
        <translation>Штаб әлі растамаған &amp;барлығын (ұсынылады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then a bundle that gets lost on the way does no harm.</source>
        <translation>Сонда жолда жоғалған пакет ешқандай зиян келтірмейді.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only what is new since the last bundle</source>
        <translation>Соңғы пакеттен бергі &amp;тек жаңасын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send sources without consent for HQ as &amp;empty stubs (default: leave them out)</source>
        <translation>Штабқа беруге келісімі жоқ дереккөздерді &amp;бос белгі ретінде жіберу (әдепкі бойынша олар жіберілмейді)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stub carries only the source&apos;s id, kind and consent, so HQ knows it exists. A withdrawal of consent is always sent this way.</source>
        <translation>Белгіде дереккөздің тек идентификаторы, түрі және келісімі болады, штаб оның бар екенін біледі. Келісімнің кері қайтарылуы әрқашан осылай жіберіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder</source>
        <translation>&amp;Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the bundle (a USB stick, for example)</source>
        <translation>Пакетті қайда жазу керек (мысалы, USB флешкаға)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file gets a random name that says nothing about what is in it.</source>
        <translation>Файлға ішінде не бар екенін ешқалай білдірмейтін кездейсоқ атау беріледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>up to bundle {n}</source>
        <translation>{n}-пакетке дейін</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose HQ&apos;s recipient card</source>
        <translation>Штаб-алушы карточкасын таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient cards (*.json *.card);;All files (*)</source>
        <translation>Алушы карточкалары (*.json *.card);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recipient card</source>
        <translation>Алушы карточкасы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card was not added.</source>
        <translation>Карточка қосылмады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the card of {name} ({fingerprint}).</source>
        <translation>«{name}» карточкасы ({fingerprint}) қосылды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card of {name} ({fingerprint}) was already here.</source>
        <translation>«{name}» карточкасы ({fingerprint}) бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose where to write the bundle</source>
        <translation>Пакетті қайда жазу керегін таңдаңыз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>{path} қалтасы жоқ. Бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the bundle… {done} of {total}</source>
        <translation>Пакет жазылуда… {done} / {total}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to send: HQ has acknowledged everything, or nothing changed since the last bundle. No file was written.</source>
        <translation>Жіберетін ештеңе жоқ: штаб бәрін растады немесе соңғы пакеттен бері ештеңе өзгерген жоқ. Ешбір файл жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle {sequence} written: {name} in {folder}.</source>
        <translation>{sequence}-пакет жазылды: {name}, қалта: {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record revisions: {revisions}. Attachment files: {files}. Size: {size}.</source>
        <translation>Жазба нұсқалары: {revisions}. Тіркеме файлдары: {files}. Өлшемі: {size}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is encrypted to HQ only: nobody else can open it, not even this device. Send it to HQ by any channel, then import HQ&apos;s receipt.</source>
        <translation>Файл тек штаб үшін шифрланған: оны басқа ешкім, тіпті осы құрылғы да аша алмайды. Оны штабқа кез келген жолмен жіберіңіз, содан кейін штаб түбіртегін импорттаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drive cannot hold one file this large, so the bundle was cut into {count} volumes, {first} to {last}. Carry all of them to HQ, which imports them as one bundle.</source>
        <translation>Жинақтауыш мұндай үлкен файлды сыйғыза алмайды, сондықтан пакет {count} томға бөлінді: {first} бастап {last} дейін. Олардың бәрін штабқа жеткізіңіз: штаб оларды бір пакет ретінде импорттайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More is waiting (the bundle reached its size limit): export again for the rest.</source>
        <translation>Тағы бар (пакет өлшем шегіне жетті): қалғанын жіберу үшін қайта экспорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export was finished as well: {name}.</source>
        <translation>Үзілген экспорт та аяқталды: {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Экспорттан бас тартылды. Ешбір файл жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ImportBriefingDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/briefings.py" line="+49"/>
        <source>Import briefing</source>
        <translation>Брифингті импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a briefing from HQ</source>
        <translation>Штабтан келген брифингті импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A briefing holds the hearings HQ assigned to you and the case records they need. It is accepted only if it is signed by one of your HQ recipients and written for this device. A record you changed meanwhile is never overwritten: both versions are kept.</source>
        <translation>Брифингте штаб сізді жіберген отырыстар және оларға қажет іс жазбалары бар. Ол сіздің штабтағы алушыларыңыздың бірі қол қойған және осы құрылғы үшін жасалған болса ғана қабылданады. Осы аралықта сіз өзгерткен жазба ешқашан қайта жазылмайды: екі нұсқа да сақталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Briefing file from HQ (.age)</source>
        <translation>Штабтан келген брифинг файлы (.age)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your assignments</source>
        <translation>Сіздің тағайындауларыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Қатысу түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignment</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a briefing from HQ</source>
        <translation>Штабтан келген брифингті таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc briefings (*.age);;All files (*)</source>
        <translation>FieldDoc брифингтері (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking the briefing…</source>
        <translation>Брифинг тексерілуде…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Briefing {n} from {name} was already imported; nothing changed.</source>
        <translation>«{name}» жіберген {n} брифингі бұрын импортталған; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing {n} accepted from {name} ({fingerprint}): records: {records}, new revisions: {revisions}. Your assignments: {assigned}, new or changed: {new}.</source>
        <translation>«{name}» ({fingerprint}) жіберген {n} брифингі қабылданды: жазбалар: {records}, жаңа нұсқалар: {revisions}. Сіздің тағайындауларыңыз: {assigned}, жаңа немесе өзгерген: {new}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier briefings that never arrived here: {n}; ask HQ.</source>
        <translation>Осында жетпеген бұрынғы брифингтер: {n}; штабқа хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed here and at HQ (both versions kept, see their history): {n}. Your version goes to HQ with your next export.</source>
        <translation>Осында да, штабта да өзгертілген (екі нұсқа да сақталды, тарихын қараңыз): {n}. Сіздің нұсқаңыз келесі экспортпен штабқа жіберіледі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vocabulary from HQ: new tags: {tags}; new legal codes: {added}; legal codes updated by HQ: {updated}; already built in, kept as they are: {kept}.</source>
        <translation>Штабтан келген сөздіктер: жаңа тегтер: {tags}; жаңа құқықтық кодекстер: {added}; штаб жаңартқан кодекстер: {updated}; бұрыннан бар, өзгеріссіз қалдырылғандар: {kept}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
</context>
<context>
    <name>ImportBundlesDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/hq_bundles.py" line="+163"/>
        <source>Import bundles</source>
        <translation>Пакеттерді импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundles from field devices</source>
        <translation>Далалық құрылғылардан пакеттерді импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle files to import</source>
        <translation>Импортталатын пакет файлдары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each file is verified completely before anything in it is trusted, and is imported completely or not at all. Importing the same file twice changes nothing.</source>
        <translation>Әр файл ішіндегі кез келген нәрсеге сенбес бұрын толық тексеріледі және толығымен импортталады немесе мүлде импортталмайды. Бір файлды қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>Файлдарды &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear list</source>
        <translation>Тізімді &amp;тазарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file</source>
        <translation>Осы файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Барлық файлдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some records now have conflicting edits from different devices. Every version is kept; open Exchange → Resolve conflicts to review them.</source>
        <translation>Кейбір жазбаларда енді әр түрлі құрылғылардан келген қайшы түзетулер бар. Барлық нұсқа сақталды; оларды қарау үшін Алмасу → Қайшылықтарды шешу мәзірін ашыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write receipt for a device…</source>
        <translation>Құрылғыға түбіртек &amp;жазу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+118"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported: cancelled. Nothing from this file was changed.</source>
        <translation>Импортталмады: бас тартылды. Бұл файлдан ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: the fingerprint of device {device} was not confirmed. Nothing from this file was changed.</source>
        <translation>Импортталмады: {device} құрылғысының саусақ ізі расталмады. Бұл файлдан ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: {message}</source>
        <translation>Импортталмады: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported (bundle {sequence} of device {device}); nothing changed.</source>
        <translation>Бұрын импортталған ({device} құрылғысының {sequence}-пакеті); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported bundle {sequence} of device {device}. New revisions: {new} of {total} (new records: {records}, updated: {updated}). New files: {new_files} of {files}.</source>
        <translation>{device} құрылғысының {sequence}-пакеті импортталды. Жаңа нұсқалар: {new} / {total} (жаңа жазбалар: {records}, жаңартылғаны: {updated}). Жаңа файлдар: {new_files} / {files}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The device is now enrolled (its fingerprint was confirmed).</source>
        <translation>Құрылғы енді тіркелді (оның саусақ ізі расталды).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records with conflicting edits: {n}.</source>
        <translation>Қайшы түзетулері бар жазбалар: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>References to records HQ does not have: {n} (records kept on the device only, or not sent yet).</source>
        <translation>Штабта жоқ жазбаларға сілтемелер: {n} (тек құрылғыда сақталатын немесе әлі жіберілмеген жазбалар).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles {numbers} of this device have not arrived yet.</source>
        <translation>Осы құрылғының {numbers} пакеттері әлі келген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device has more to send (the bundle reached its size limit).</source>
        <translation>Құрылғыда жіберетін тағы деректер бар (пакет өлшем шегіне жетті).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose bundle files</source>
        <translation>Пакет файлдарын таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc bundles (*.age);;All files (*)</source>
        <translation>FieldDoc пакеттері (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Imported: {imported}. Already imported: {already}. Not imported: {failed}.</source>
        <translation>Импортталды: {imported}. Бұрын импортталған: {already}. Импортталмады: {failed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {i} of {n}: {name}</source>
        <translation>Файл {i} / {n}: {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown device</source>
        <translation>Белгісіз құрылғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle {name} comes from device {device}, which this HQ has not enrolled. Its fingerprint is:</source>
        <translation>{name} пакеті осы штаб тіркемеген {device} құрылғысынан келді. Оның саусақ ізі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it, group by group, with the fingerprint the monitor reads to you over a channel you trust (in person or by phone). Trust the device only if they match exactly; its later bundles are then accepted without asking.</source>
        <translation>Оны монитор сізге сенімді арна арқылы (жеке өзі немесе телефонмен) оқып берген саусақ ізімен топ-топ бойынша салыстырыңыз. Құрылғыға тек толық сәйкес келсе ғана сеніңіз; оның кейінгі пакеттері сұраусыз қабылданады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They match: trust and import</source>
        <translation>Сәйкес келеді: сену және импорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not import</source>
        <translation>Импорттамау</translation>
    </message>
</context>
<context>
    <name>ImportReceiptDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/receipts.py" line="+87"/>
        <source>Import HQ receipt</source>
        <translation>Штаб түбіртегін импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a receipt from HQ</source>
        <translation>Штабтан келген түбіртекті импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt is HQ&apos;s signed confirmation of the bundles it imported. It is accepted only if it is signed by one of your HQ recipients and addressed to this device; then what HQ has is marked as delivered and is no longer exported.</source>
        <translation>Түбіртек — штабтың өзі импорттаған пакеттерге қол қойылған растауы. Ол сіздің штаб-алушыларыңыздың бірі қол қойып, осы құрылғыға арналған жағдайда ғана қабылданады; содан кейін штабта бар нәрсенің бәрі жеткізілген деп белгіленеді және енді экспортталмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt file from HQ (.age)</source>
        <translation>Штабтан келген түбіртек файлы (.age)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase what HQ has</source>
        <translation>Штабта бар нәрсені өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase delivered records…</source>
        <translation>Жеткізілген жазбаларды &amp;өшіру…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a receipt from HQ</source>
        <translation>Штаб түбіртегін таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FieldDoc receipts (*.age);;All files (*)</source>
        <translation>FieldDoc түбіртектері (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the receipt…</source>
        <translation>Түбіртек тексерілуде…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt accepted from {name} ({fingerprint}).</source>
        <translation>«{name}» ({fingerprint}) түбіртегі қабылданды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles acknowledged: {bundles}. Now marked as delivered: record revisions: {revisions}, attachment files: {files}.</source>
        <translation>Расталған пакеттер: {bundles}. Енді жеткізілген деп белгіленді: жазба нұсқалары: {revisions}, тіркеме файлдары: {files}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged bundles unknown on this device (made before a restore?): {n}.</source>
        <translation>Осы құрылғыда белгісіз расталған пакеттер (қалпына келтіруден бұрын жасалған ба?): {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles also sent to other HQ cards that have not acknowledged them yet: {n}. They count as delivered once every HQ they were sent to has sent its receipt.</source>
        <translation>Штабтардың әлі растамаған басқа карточкаларына да жіберілген пакеттер: {n}. Олар жіберілген барлық штаб түбіртегін жібергенде ғана жеткізілді деп есептеледі.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking what HQ has…</source>
        <translation>Штабта не бар екені тексерілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing can be erased: no record is fully acknowledged by HQ yet, or every such record is still needed by another one.</source>
        <translation>Өшіретін ештеңе жоқ: штаб әлі бірде-бір жазбаны толық растаған жоқ немесе әрбір осындай жазба басқасына әлі қажет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledged by HQ and no longer needed here: records: {records}, attachment files: {files}. Erasing them leaves less to find if this device is seized.</source>
        <translation>Штаб растаған және мұнда енді қажет емес: жазбалар: {records}, тіркеме файлдары: {files}. Оларды өшірсеңіз, құрылғы тәркіленгенде одан азырақ табылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept because other records refer to them: {n}.</source>
        <translation>Басқа жазбалар сілтеме жасайтындықтан сақталды: {n}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erasing…</source>
        <translation>Өшірілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase delivered records</source>
        <translation>Жеткізілген жазбаларды өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase from this device: records: {records}, attachment files: {files}?</source>
        <translation>Осы құрылғыдан өшіру керек пе: жазбалар: {records}, тіркеме файлдары: {files}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ has confirmed that it has them. They and their history are erased from this vault. This cannot be undone.</source>
        <translation>Штаб олардың өзінде бар екенін растады. Олар тарихымен бірге осы қоймадан өшіріледі. Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase them</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erased records that HQ has: {n}.</source>
        <translation>Штабта бар өшірілген жазбалар: {n}.</translation>
    </message>
</context>
<context>
    <name>RecipientCards</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/exchange_common.py" line="+19"/>
        <source>Add HQ recipient card</source>
        <translation>Штаб-алушы карточкасын қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient card of “{name}”. Its fingerprint is:</source>
        <translation>«{name}» алушысының карточкасы. Оның саусақ ізі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it, group by group, with the fingerprint HQ told you over a channel you trust (in person or by phone). Add the card only if they match exactly: bundles are encrypted to whoever holds this card&apos;s key.</source>
        <translation>Оны штаб сізге сенімді арна арқылы (жеке өзі немесе телефонмен) айтқан саусақ ізімен топ-топ бойынша салыстырыңыз. Карточканы тек толық сәйкес келсе ғана қосыңыз: пакеттер осы карточканың кілтін ұстаған адам үшін шифрланады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They match: add the card</source>
        <translation>Сәйкес келеді: карточканы қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not add</source>
        <translation>Қоспау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace HQ recipient card</source>
        <translation>Штаб-алушы карточкасын ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recipient card of “{name}”. It replaces the card {old}. Its fingerprint is:</source>
        <translation>«{name}» жаңа алушы карточкасы. Ол {old} карточкасының орнын басады. Оның саусақ ізі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ has made a new encryption key. Compare the new fingerprint, group by group, with the one HQ told you over a channel you trust (in person or by phone). Replace the card only if they match exactly: later bundles are encrypted to this card only.</source>
        <translation>Штаб жаңа шифрлау кілтін жасады. Жаңа саусақ ізін штаб сізге сенімді арна арқылы (жеке өзі немесе телефонмен) айтқан саусақ ізімен топ-топ бойынша салыстырыңыз. Карточканы тек толық сәйкес келсе ғана ауыстырыңыз: кейінгі пакеттер тек осы карточкаға шифрланады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They match: replace the card</source>
        <translation>Сәйкес келеді: карточканы ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not replace</source>
        <translation>Ауыстырмау</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/recipients.py" line="+158"/>
        <source>HQ recipients and enrolment</source>
        <translation>Штаб алушылары және тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>HQ recipient cards</source>
        <translation>Штаб-алушы карточкалары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles from this device are encrypted to these cards only: only the HQ that holds a card&apos;s key can open them. Add a card only after comparing its fingerprint with HQ over a channel you trust (in person or by phone).</source>
        <translation>Бұл құрылғының пакеттері тек осы карточкаларға шифрланады: оларды тек карточка кілті бар штаб аша алады. Карточканы тек оның саусақ ізін штабпен сенімді арна арқылы (жеке өзі немесе телефонмен) салыстырғаннан кейін қосыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HQ recipient card yet, so nothing can be exported. Ask HQ for its recipient card file and add it.</source>
        <translation>Штаб-алушы карточкасы әлі жоқ, сондықтан экспорттау мүмкін емес. Штабтан алушы карточкасының файлын сұраңыз және оны қосыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add recipient card…</source>
        <translation>Алушы карточкасын &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ауыстыру…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ has a new encryption key: put its new card in the place of the selected one.</source>
        <translation>Штабта жаңа шифрлау кілті бар: оның жаңа карточкасын таңдалғанның орнына қойыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment for HQ</source>
        <translation>Штабта тіркелу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ accepts bundles from this device once it knows its key: from the enrolment file, or when the first bundle arrives. Either way, read this fingerprint to HQ over a channel you trust, group by group:</source>
        <translation>Штаб бұл құрылғының пакеттерін оның кілтін білгенде қабылдайды: тіркеу файлынан немесе алғашқы пакет келгенде. Қалай болса да, бұл саусақ ізін штабқа сенімді арна арқылы топ-топ бойынша оқып беріңіз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label for HQ</source>
        <translation>Штабқа арналған &amp;белгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Міндетті емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save enrolment file…</source>
        <translation>Тіркеу файлын &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds this device&apos;s public keys and the label, nothing secret. Its name is the device id.</source>
        <translation>Файлда осы құрылғының ашық кілттері мен белгісі ғана бар, құпия ештеңе жоқ. Оның аты — құрылғы идентификаторы.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device {device}</source>
        <translation>Құрылғы: {device}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Choose HQ&apos;s recipient card</source>
        <translation>Штаб-алушы карточкасын таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Recipient cards (*.json *.card);;All files (*)</source>
        <translation>Алушы карточкалары (*.json *.card);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The card was not added. Nothing was changed.</source>
        <translation>Карточка қосылмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added the card of {name} ({fingerprint}).</source>
        <translation>«{name}» карточкасы ({fingerprint}) қосылды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card of {name} ({fingerprint}) was already here.</source>
        <translation>«{name}» карточкасы ({fingerprint}) бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding the card…</source>
        <translation>Карточка қосылуда…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose HQ&apos;s new recipient card</source>
        <translation>Штабтың жаңа алушы карточкасын таңдаңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the card that is already here: nothing to replace. HQ makes a new card when it rotates its key.</source>
        <translation>Бұл мұнда бұрыннан бар карточка: ауыстыратын ештеңе жоқ. Штаб кілтін ауыстырғанда жаңа карточка жасайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This card was not made by the same HQ as the card of {name}: its signing key is different. Nothing was changed. To send bundles to another HQ as well, add its card instead.</source>
        <translation>Бұл карточканы «{name}» карточкасын жасаған штаб жасамаған: оның қолтаңба кілті басқа. Ештеңе өзгертілген жоқ. Пакеттерді басқа штабқа да жіберу үшін оның карточкасын қосыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card was not replaced. Nothing was changed.</source>
        <translation>Карточка ауыстырылмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced by the new card of {name} ({fingerprint}). Later bundles are encrypted to it only.</source>
        <translation>«{name}» жаңа карточкасымен ауыстырылды ({fingerprint}). Кейінгі пакеттер тек соған шифрланады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replacing the card…</source>
        <translation>Карточка ауыстырылуда…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It is the only HQ card on this device: until you add another one, nothing can be exported. Bundles already written are not affected.</source>
        <translation>Бұл құрылғыдағы жалғыз штаб карточкасы: басқасын қоспайынша, ештеңе экспорттау мүмкін емес. Бұрын жазылған пакеттерге бұл әсер етпейді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later bundles will not be encrypted to it. Bundles already written are not affected.</source>
        <translation>Кейінгі пакеттер оған шифрланбайды. Бұрын жазылған пакеттерге бұл әсер етпейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card was kept. Nothing was changed.</source>
        <translation>Карточка сақталды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed the card of {name}. There is no HQ card left: add one before you export.</source>
        <translation>«{name}» карточкасы жойылды. Штаб карточкасы қалмады: экспорттау алдында біреуін қосыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed the card of {name}. Later bundles will not be encrypted to it.</source>
        <translation>«{name}» карточкасы жойылды. Кейінгі пакеттер оған шифрланбайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removing the card…</source>
        <translation>Карточка жойылуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove HQ recipient card</source>
        <translation>Штаб-алушы карточкасын жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the card of “{name}”?

{fingerprint}</source>
        <translation>«{name}» карточкасын жою керек пе?

{fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the card</source>
        <translation>Карточканы жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the enrolment file</source>
        <translation>Тіркеу файлын қайда сақтауды таңдаңыз</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrolment file saved: {name} in {folder}. Give it to HQ, then read the fingerprint above to HQ over a channel you trust.</source>
        <translation>Тіркеу файлы сақталды: {name}, қалта: {folder}. Оны штабқа беріңіз, содан кейін жоғарыдағы саусақ ізін штабқа сенімді арна арқылы оқып беріңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the enrolment file…</source>
        <translation>Тіркеу файлы сақталуда…</translation>
    </message>
</context>
<context>
    <name>WriteReceiptDialog</name>
    <message>
        <location filename="../../src/fielddoc/gui/dialogs/hq_receipts.py" line="+97"/>
        <source>Write receipt</source>
        <translation>Түбіртек жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A receipt tells a device which of its bundles HQ has imported, so that it stops sending them again and may erase them. It is signed by HQ and encrypted to that device only.</source>
        <translation>Түбіртек құрылғыға оның қай пакеттерін штаб импорттағанын хабарлайды: құрылғы оларды қайта жібермейді және өшіре алады. Оған штаб қол қояды және ол тек сол құрылғы үшін шифрланады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Device</source>
        <translation>&amp;Құрылғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Қалта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the receipt</source>
        <translation>Түбіртекті қайда жазу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write receipt</source>
        <translation>Түбіртекті &amp;жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device} (bundles imported: {bundles})</source>
        <translation>{device} (импортталған пакеттер: {bundles})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(revoked)</source>
        <translation>(кері қайтарылған)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No device is enrolled yet: import a bundle first.</source>
        <translation>Әлі бірде-бір құрылғы тіркелмеген: алдымен пакет импорттаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to write the receipt</source>
        <translation>Түбіртекті қайда жазу керегін таңдаңыз</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The folder {path} does not exist. Choose an existing folder.</source>
        <translation>{path} қалтасы жоқ. Бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the receipt…</source>
        <translation>Түбіртек жазылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receipt written: {name} in {folder}. Bundles of device {device} it acknowledges: {bundles}. Send it back to the monitor; only that device can open it.</source>
        <translation>Түбіртек жазылды: {name}, қалта: {folder}. Ол растайтын {device} құрылғысының пакеттері: {bundles}. Оны мониторға қайтарыңыз; оны тек сол құрылғы аша алады.</translation>
    </message>
</context>
</TS>
