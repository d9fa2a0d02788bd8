<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddGoalDialog</name>
    <message>
        <source>Add a Goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>A goal is measured month by month or quarter by quarter.</source>
        <translation>Цель измеряется по месяцам или по кварталам.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement with {0}</source>
        <translation>Договорённость с {0}</translation>
    </message>
    <message>
        <source>When and how did you and {0} agree to be in touch? Incidents outside this are flagged by themselves.</source>
        <translation>Когда и как вы с {0} договорились быть на связи? Случаи вне этих рамок отмечаются сами.</translation>
    </message>
    <message>
        <source>Agreed &amp;working hours</source>
        <translation>Оговорённые &amp;рабочие часы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>An end before the start runs overnight (22:00–06:00).</source>
        <translation>Конец раньше начала — значит, через ночь (22:00–06:00).</translation>
    </message>
    <message>
        <source>Agreed &amp;channels</source>
        <translation>Оговорённые &amp;каналы</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Часовой пояс этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>Incidents before this day keep being judged by the terms in force then.</source>
        <translation>Инциденты до этого дня по-прежнему оцениваются по условиям, действовавшим тогда.</translation>
    </message>
    <message>
        <source>In &amp;force from</source>
        <translation>&amp;Действует с</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>История (сначала новые)</translation>
    </message>
    <message>
        <source>Draft a &amp;Letter…</source>
        <translation>&amp;Письмо клиенту…</translation>
    </message>
    <message>
        <source>A short, polite letter with these terms, to edit and send to the client.</source>
        <translation>Короткое вежливое письмо с этими условиями: отредактируйте и отправьте клиенту.</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>с самого начала</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>с {0}</translation>
    </message>
    <message>
        <source>no agreement</source>
        <translation>без договорённости</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup is made each day the app starts (7 daily and 4 weekly are kept) and before every import, merge, restore and encryption change. Each one is checked after it is written.</source>
        <translation>Копия делается каждый день при запуске (хранятся 7 ежедневных и 4 еженедельных), а также перед каждым импортом, слиянием, восстановлением и изменением шифрования. Каждая копия проверяется после записи.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Сделать копию</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустая</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message numerus="yes">
        <source>Replace the journal with the backup made {0} (entries: %n)? The journal as it is now is backed up first, so this can be undone.</source>
        <translation>
            <numerusform>Заменить дневник копией от {0} (%n запись)? Сначала будет сделана копия текущего дневника, так что это можно отменить.</numerusform>
            <numerusform>Заменить дневник копией от {0} (%n записи)? Сначала будет сделана копия текущего дневника, так что это можно отменить.</numerusform>
            <numerusform>Заменить дневник копией от {0} (%n записей)? Сначала будет сделана копия текущего дневника, так что это можно отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Brief</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Сохранить в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Сохранить в &amp;JSON…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the Brief</source>
        <translation>Сохранить сводку</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Calendar: days with a dot have entries</source>
        <translation>Календарь: в днях с точкой есть записи</translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation>В этот день в прошлые годы</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>On this day in earlier years:</source>
        <translation>В этот день в прошлые годы:</translation>
    </message>
    <message>
        <source>Nothing on this day in earlier years.</source>
        <translation>В этот день в прошлые годы записей нет.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договорённость</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>До&amp;говорённость…</translation>
    </message>
    <message>
        <source>G&amp;oals…</source>
        <translation>Це&amp;ли…</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;События…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Rename client</source>
        <translation>Переименовать клиента</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Client colour</source>
        <translation>Цвет клиента</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>There is no other client to merge into.</source>
        <translation>Нет другого клиента, с которым можно объединить.</translation>
    </message>
    <message>
        <source>Merge client</source>
        <translation>Объединить клиента</translation>
    </message>
    <message>
        <source>Move all entries of “{0}” to:</source>
        <translation>Перенести все записи «{0}» к:</translation>
    </message>
    <message>
        <source>Move {0} entries from “{1}” to “{2}” and remove “{1}”?</source>
        <translation>Перенести записи ({0}) от «{1}» к «{2}» и удалить «{1}»?</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Из &amp;архива</translation>
    </message>
</context>
<context>
    <name>CoachNotesPanel</name>
    <message>
        <source>The coach&apos;s notes, read only</source>
        <translation>Заметки коуча, только для чтения</translation>
    </message>
    <message>
        <source>Coach’s notes (read only)</source>
        <translation>Заметки коуча (только для чтения)</translation>
    </message>
    <message>
        <source>on the entry</source>
        <translation>к записи</translation>
    </message>
    <message>
        <source>on an incident</source>
        <translation>к инциденту</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Hide the list</source>
        <translation>Скрыть список</translation>
    </message>
    <message>
        <source>Incidents behind the selection</source>
        <translation>Случаи за выбранным</translation>
    </message>
    <message numerus="yes">
        <source>{0}: incidents: %n. Double-click to open the entry.</source>
        <translation>
            <numerusform>{0}: %n случай. Дважды щёлкните, чтобы открыть запись.</numerusform>
            <numerusform>{0}: %n случая. Дважды щёлкните, чтобы открыть запись.</numerusform>
            <numerusform>{0}: %n случаев. Дважды щёлкните, чтобы открыть запись.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: rated entries: %n. Double-click to open one.</source>
        <translation>
            <numerusform>{0}: %n оценённая запись. Дважды щёлкните, чтобы открыть.</numerusform>
            <numerusform>{0}: %n оценённые записи. Дважды щёлкните, чтобы открыть.</numerusform>
            <numerusform>{0}: %n оценённых записей. Дважды щёлкните, чтобы открыть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Changed elsewhere: showing the new version</source>
        <translation>Изменено в другом месте: показана новая версия</translation>
    </message>
    <message>
        <source>Changed elsewhere too: both changes are kept</source>
        <translation>Изменено и в другом месте: сохранены оба изменения</translation>
    </message>
    <message>
        <source>{0} (your version)</source>
        <translation>{0} (ваша версия)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>This entry was changed elsewhere while you were writing. Both versions are kept: yours is now “{0}”.</source>
        <translation>Эту запись изменили в другом месте, пока вы писали. Сохранены обе версии: ваша теперь называется «{0}».</translation>
    </message>
    <message>
        <source>Saved as a new entry</source>
        <translation>Сохранено как новая запись</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>“{0}” is not a client yet. Create it?</source>
        <translation>«{0}» — пока не клиент. Создать?</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Entry editor</source>
        <translation>Редактор записи</translation>
    </message>
    <message>
        <source>No entry selected.

Press Ctrl+N to write a new one.</source>
        <translation>Запись не выбрана.

Нажмите Ctrl+N, чтобы написать новую.</translation>
    </message>
    <message>
        <source>This entry is in the Trash.</source>
        <translation>Эта запись в корзине.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Удалить &amp;навсегда…</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Entry time</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Private — never exported</source>
        <translation>&amp;Личное, не для экспорта</translation>
    </message>
    <message>
        <source>Private: never exported</source>
        <translation>Личное: не для экспорта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Add a client…</source>
        <translation>Добавить клиента…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить метку…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Жирный</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>Reflection (Markdown)</source>
        <translation>Размышление (Markdown)</translation>
    </message>
    <message>
        <source>What happened? Did you respect the client — and yourself?</source>
        <translation>Что произошло? Уважали ли вы клиента — и себя?</translation>
    </message>
    <message>
        <source>Formatted preview</source>
        <translation>Оформленный просмотр</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Блокировать после минут бездействия</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Блокировать после бездействия:</translation>
    </message>
    <message>
        <source>Ctrl+L locks the window at once.</source>
        <translation>Ctrl+L блокирует окно сразу.</translation>
    </message>
    <message>
        <source>&amp;Decrypt the Journal…</source>
        <translation>&amp;Расшифровать дневник…</translation>
    </message>
    <message>
        <source>This journal and its backups are encrypted. Without the passphrase or the recovery key nobody can read them — not even you.</source>
        <translation>Дневник и его копии зашифрованы. Без парольной фразы или ключа восстановления их никто не прочтёт — даже вы.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>This journal is stored unencrypted: anyone who can read your files can read it. Encrypting it protects the journal and its backups with a passphrase.</source>
        <translation>Дневник хранится без шифрования: его прочтёт любой, кто может читать ваши файлы. Шифрование защитит дневник и его копии парольной фразой.</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Зашифровать…</translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Your recovery key still works.</source>
        <translation>Парольная фраза изменена. Ключ восстановления по-прежнему действует.</translation>
    </message>
    <message>
        <source>Nothing was encrypted: the recovery key just shown is not used.</source>
        <translation>Ничего не зашифровано: только что показанный ключ восстановления не используется.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Расшифровать</translation>
    </message>
    <message>
        <source>Store the journal and its backups unencrypted? Anyone who can read your files will be able to read them.</source>
        <translation>Хранить дневник и его копии без шифрования? Их сможет прочесть любой, кто может читать ваши файлы.</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Moved “{0}” to the Trash.</source>
        <translation>«{0}» — в корзине.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Запись восстановлена.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Delete this entry forever? This cannot be undone.</source>
        <translation>Удалить эту запись навсегда? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries in the Trash forever? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить навсегда %n запись из корзины? Это нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n записи из корзины? Это нельзя отменить.</numerusform>
            <numerusform>Удалить навсегда %n записей из корзины? Это нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>private</source>
        <translation>личное</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Mark the days that could change things with a client; Trends compares the time before and after each one.</source>
        <translation>Отметьте дни, которые могли что-то изменить в работе с клиентом; в «Тенденциях» видно, как было до и после каждого.</translation>
    </message>
    <message>
        <source>Agreement sent</source>
        <translation>Договорённость отправлена</translation>
    </message>
    <message>
        <source>Talk about boundaries</source>
        <translation>Разговор о границах</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Сессия с коучем</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>No events yet: add one below.</source>
        <translation>Событий пока нет: добавьте первое ниже.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Событие</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>What was agreed or said, in a line</source>
        <translation>О чём договорились или что сказали, одной строкой</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Add a client first (Manage Clients).</source>
        <translation>Сначала добавьте клиента («Клиенты…»).</translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation>Д&amp;обавить событие</translation>
    </message>
    <message>
        <source>Remove the event of {0} with {1}?</source>
        <translation>Удалить событие от {0} с клиентом «{1}»?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for a Coach</source>
        <translation>Экспорт для коуча</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>PDF — to read with a coach</source>
        <translation>PDF — читать вместе с коучем</translation>
    </message>
    <message>
        <source>Markdown — one file</source>
        <translation>Markdown — один файл</translation>
    </message>
    <message>
        <source>Markdown — a folder, one file per entry (Obsidian)</source>
        <translation>Markdown — папка, по файлу на запись (Obsidian)</translation>
    </message>
    <message>
        <source>HTML — one self-contained file</source>
        <translation>HTML — один самодостаточный файл</translation>
    </message>
    <message>
        <source>JSON — complete, can be imported again</source>
        <translation>JSON — полностью, можно импортировать снова</translation>
    </message>
    <message>
        <source>CSV — incidents, for spreadsheets</source>
        <translation>CSV — случаи, для таблиц</translation>
    </message>
    <message>
        <source>jrnl — a plain-text journal that jrnl reads</source>
        <translation>jrnl — текстовый дневник, который читает jrnl</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Язык экспорта</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Entries to export: %n.</source>
        <translation>
            <numerusform>Будет экспортирована %n запись.</numerusform>
            <numerusform>Будут экспортированы %n записи.</numerusform>
            <numerusform>Будет экспортировано %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Folder…</source>
        <translation>&amp;Экспорт в папку…</translation>
    </message>
    <message>
        <source>Choose where to create the export folder</source>
        <translation>Выберите, где создать папку экспорта</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>Файлы {0} (*.{1})</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {0}. Entries: %n.</source>
        <translation>
            <numerusform>Экспортировано в {0}: %n запись.</numerusform>
            <numerusform>Экспортировано в {0}: %n записи.</numerusform>
            <numerusform>Экспортировано в {0}: %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPreviewPanel</name>
    <message>
        <source>What will leave this computer</source>
        <translation>Что покинет этот компьютер</translation>
    </message>
    <message>
        <source>Entries that will be exported</source>
        <translation>Записи, которые будут экспортированы</translation>
    </message>
    <message>
        <source>Clients, and the names they will have:</source>
        <translation>Клиенты и имена, под которыми они войдут в файл:</translation>
    </message>
    <message>
        <source>Clients in the export and their names there</source>
        <translation>Клиенты в экспорте и их имена там</translation>
    </message>
    <message>
        <source>Capitalised words that will stay as written — add the ones that are names (double-click adds one):</source>
        <translation>Слова с заглавной буквы, которые останутся как написаны, — добавьте те, что являются именами (двойной щелчок добавляет):</translation>
    </message>
    <message>
        <source>Names that will stay as written</source>
        <translation>Имена, которые останутся как написаны</translation>
    </message>
    <message>
        <source>as another name of “{0}”</source>
        <translation>как другое имя «{0}»</translation>
    </message>
    <message>
        <source>as a person at “{0}”</source>
        <translation>как человека из «{0}»</translation>
    </message>
    <message>
        <source>Add the name to</source>
        <translation>Куда добавить имя</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message numerus="yes">
        <source>Boundary incidents: %n.</source>
        <translation>
            <numerusform>%n нарушение границ.</numerusform>
            <numerusform>%n нарушения границ.</numerusform>
            <numerusform>%n нарушений границ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Private entries left out: %n.</source>
        <translation>
            <numerusform>%n личная запись не войдёт.</numerusform>
            <numerusform>%n личные записи не войдут.</numerusform>
            <numerusform>%n личных записей не войдут.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clients&apos; real names will be in the file.</source>
        <translation>В файле будут настоящие имена клиентов.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message numerus="yes">
        <source>… and more: %n</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>GoalFields</name>
    <message>
        <source>Share of crossings held (%)</source>
        <translation>Доля удержанных границ (%)</translation>
    </message>
    <message>
        <source>Crossings of the agreement (at most)</source>
        <translation>Нарушения договорённости (не больше)</translation>
    </message>
    <message>
        <source>Self-respect rating (average)</source>
        <translation>Уважение к себе (в среднем)</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Показатель</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>Планк&amp;а</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Пе&amp;риод</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Where do you want to be? A goal is measured month by month or quarter by quarter; Trends shows how it goes.</source>
        <translation>К чему вы хотите прийти? Цель измеряется по месяцам или по кварталам; в «Тенденциях» видно, как идут дела.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Планка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>No goals yet: add one below.</source>
        <translation>Целей пока нет: добавьте первую ниже.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Добавить цель</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>за квартал</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>за месяц</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>nothing to measure yet</source>
        <translation>пока нечего измерять</translation>
    </message>
    <message>
        <source>met</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>пока не достигнута</translation>
    </message>
    <message>
        <source>{0}% ({1} of {2}), {3}</source>
        <translation>{0}&#xa0;% ({1} из {2}), {3}</translation>
    </message>
    <message>
        <source>Remove the goal “{0}”?</source>
        <translation>Удалить цель «{0}»?</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>No goals yet: “Add a goal…” says where you want to be with a client.</source>
        <translation>Целей пока нет: «Добавить цель…» — чтобы сказать, к чему вы хотите прийти с клиентом.</translation>
    </message>
    <message>
        <source>Add a &amp;goal…</source>
        <translation>Добавить &amp;цель…</translation>
    </message>
    <message>
        <source>Remo&amp;ve goal</source>
        <translation>&amp;Удалить цель</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>До и после</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Outside the agreement</source>
        <translation>Вне договорённости</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Удержал(а) границу</translation>
    </message>
    <message>
        <source>Gave in</source>
        <translation>Уступил(а)</translation>
    </message>
    <message>
        <source>Self-respect</source>
        <translation>Уважение к себе</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>hold at least {0}% outside the agreement</source>
        <translation>удерживать не меньше {0}% вне договорённости</translation>
    </message>
    <message>
        <source>at most {0} outside the agreement</source>
        <translation>не больше {0} вне договорённости</translation>
    </message>
    <message>
        <source>self-respect {0} or more</source>
        <translation>уважение к себе {0} или выше</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>за квартал</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>за месяц</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>Remove the goal “{0}”?</source>
        <translation>Удалить цель «{0}»?</translation>
    </message>
    <message>
        <source>agreement sent</source>
        <translation>договорённость отправлена</translation>
    </message>
    <message>
        <source>a talk about boundaries</source>
        <translation>разговор о границах</translation>
    </message>
    <message>
        <source>coaching session</source>
        <translation>сессия с коучем</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>No events yet: add them in Incidents → Events…</source>
        <translation>Событий пока нет: добавьте их в меню «Случаи» → «События…»</translation>
    </message>
    <message>
        <source>{0} days on each side of the event.</source>
        <translation>По {0} дн. до и после события.</translation>
    </message>
</context>
<context>
    <name>GroupHeader</name>
    <message>
        <source>{0}: {1} of {2} answered</source>
        <translation>{0}: отвечено {1} из {2}</translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message>
        <source>Incidents by weekday and hour</source>
        <translation>Случаи по дням недели и часам</translation>
    </message>
    <message numerus="yes">
        <source>{0}: incidents: %n</source>
        <translation>
            <numerusform>{0}: %n случай</numerusform>
            <numerusform>{0}: %n случая</numerusform>
            <numerusform>{0}: %n случаев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import “{0}”</source>
        <translation>Импорт «{0}»</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Определить самому</translation>
    </message>
    <message>
        <source>Boundary Journal JSON</source>
        <translation>JSON «Дневника границ»</translation>
    </message>
    <message>
        <source>jrnl: JSON, plain text, Markdown or XML</source>
        <translation>jrnl: JSON, простой текст, Markdown или XML</translation>
    </message>
    <message>
        <source>Day One: JSON or .zip</source>
        <translation>Day One: JSON или .zip</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>Дневники</translation>
    </message>
    <message>
        <source>jrnl YAML export: any .md file of its folder</source>
        <translation>Экспорт jrnl в YAML: любой файл .md из его папки</translation>
    </message>
    <message>
        <source>Coach notes</source>
        <translation>Заметки коуча</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>jrnl (JSON export or plain-text journal)</source>
        <translation>jrnl (экспорт JSON или текстовый дневник)</translation>
    </message>
    <message>
        <source>Day One (JSON export or .zip)</source>
        <translation>Day One (экспорт JSON или .zip)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Читать как:</translation>
    </message>
    <message>
        <source>Tags in the file. Choose which are really clients (jrnl&apos;s @names often are):</source>
        <translation>Метки в файле. Выберите, какие из них на самом деле клиенты (@имена в jrnl часто ими и являются):</translation>
    </message>
    <message>
        <source>Tags and how to import them</source>
        <translation>Метки и как их импортировать</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не будет импортировано:</translation>
    </message>
    <message>
        <source>What will not be imported</source>
        <translation>Что не будет импортировано</translation>
    </message>
    <message>
        <source>Skipped, not imported again:</source>
        <translation>Пропущено, повторно не импортируется:</translation>
    </message>
    <message>
        <source>Entries that will be skipped</source>
        <translation>Записи, которые будут пропущены</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>Этот файл нельзя импортировать: {0}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>Entries in this {0} file: %n.</source>
        <translation>
            <numerusform>В этом файле {0} %n запись.</numerusform>
            <numerusform>В этом файле {0} %n записи.</numerusform>
            <numerusform>В этом файле {0} %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in this journal, will be skipped: %n.</source>
        <translation>
            <numerusform>%n запись уже есть в дневнике и будет пропущена.</numerusform>
            <numerusform>%n записи уже есть в дневнике и будут пропущены.</numerusform>
            <numerusform>%n записей уже есть в дневнике и будут пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twice in the file, will be skipped: %n.</source>
        <translation>
            <numerusform>%n запись есть в файле дважды и будет пропущена.</numerusform>
            <numerusform>%n записи есть в файле дважды и будут пропущены.</numerusform>
            <numerusform>%n записей есть в файле дважды и будут пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Import {0} as</source>
        <translation>Импортировать {0} как</translation>
    </message>
    <message>
        <source>Client name for {0}</source>
        <translation>Имя клиента для {0}</translation>
    </message>
    <message>
        <source>twice in the file</source>
        <translation>дважды в файле</translation>
    </message>
    <message>
        <source>already in this journal</source>
        <translation>уже есть в дневнике</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>{0} {1} “{2}”: {3}</source>
        <translation>{0} {1} «{2}»: {3}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import (%n)</source>
        <translation>
            <numerusform>&amp;Импортировать (%n)</numerusform>
            <numerusform>&amp;Импортировать (%n)</numerusform>
            <numerusform>&amp;Импортировать (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Ничего не импортировано. {0}</translation>
    </message>
    <message numerus="yes">
        <source>Entries imported: %n.</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортированы %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already there, skipped: %n.</source>
        <translation>
            <numerusform>%n уже была, пропущена.</numerusform>
            <numerusform>%n уже были, пропущены.</numerusform>
            <numerusform>%n уже были, пропущены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDelegate</name>
    <message>
        <source>Off-hours</source>
        <translation>Нерабочее время</translation>
    </message>
    <message>
        <source>Outside agreed channels</source>
        <translation>Вне оговорённых каналов</translation>
    </message>
    <message>
        <source>severity {0}</source>
        <translation>серьёзность {0}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit Incident</source>
        <translation>Изменить случай</translation>
    </message>
    <message>
        <source>Log an Incident</source>
        <translation>Записать случай</translation>
    </message>
    <message>
        <source>Who was it with?</source>
        <translation>С кем это было?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>К&amp;лиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Когда это случилось</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>К&amp;анал</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Серьёзность</translation>
    </message>
    <message>
        <source>My &amp;response</source>
        <translation>Моя &amp;реакция</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Что произошло, одной строкой</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Log Incident</source>
        <translation>Записать случай</translation>
    </message>
    <message>
        <source>A new client: “{0}” will be added.</source>
        <translation>Новый клиент: «{0}» будет добавлен.</translation>
    </message>
    <message>
        <source>outside agreed hours</source>
        <translation>вне оговорённого времени</translation>
    </message>
    <message>
        <source>on a day off</source>
        <translation>в выходной день</translation>
    </message>
    <message>
        <source>outside agreed channels</source>
        <translation>вне оговорённых каналов</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>severity {0}</source>
        <translation>серьёзность {0}</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Boundary incidents</source>
        <translation>Нарушения границ</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>&amp;Записать случай…</translation>
    </message>
    <message>
        <source>Log a boundary incident in this entry (Ctrl+Shift+B)</source>
        <translation>Записать нарушение границ в эту запись (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Boundary incidents of this entry</source>
        <translation>Нарушения границ в этой записи</translation>
    </message>
    <message>
        <source>No incidents. Did anyone cross a boundary? Log it with Ctrl+Shift+B.</source>
        <translation>Случаев нет. Кто-то нарушил границу? Запишите это: Ctrl+Shift+B.</translation>
    </message>
    <message>
        <source>Log Incident in This &amp;Entry</source>
        <translation>Записать случай в &amp;эту запись</translation>
    </message>
</context>
<context>
    <name>KindsDialog</name>
    <message>
        <source>Incident Kinds</source>
        <translation>Виды случаев</translation>
    </message>
    <message>
        <source>Incident kinds</source>
        <translation>Виды случаев</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>New incident kind</source>
        <translation>Новый вид случая</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Usually:</source>
        <translation>Обычно:</translation>
    </message>
    <message>
        <source>Rename incident kind</source>
        <translation>Переименовать вид случая</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Из &amp;архива</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>A Letter to {0}</source>
        <translation>Письмо для {0}</translation>
    </message>
    <message>
        <source>A draft to edit before you send it.</source>
        <translation>Черновик: отредактируйте его перед отправкой.</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>ListNavigation</name>
    <message>
        <source>Boundary Journal</source>
        <translation>Дневник границ</translation>
    </message>
    <message>
        <source>This entry could not be saved, so it stays open. {0}</source>
        <translation>Запись не удалось сохранить, поэтому она остаётся открытой. {0}</translation>
    </message>
    <message>
        <source>No entries match. Try fewer words or remove a filter.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или уберите фильтр.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>No entries yet.

Press Ctrl+N to write your first reflection.</source>
        <translation>Записей пока нет.

Нажмите Ctrl+N, чтобы написать первое размышление.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Boundary Journal is locked</source>
        <translation>«Дневник границ» заблокирован</translation>
    </message>
    <message>
        <source>Enter the passphrase to go on writing.</source>
        <translation>Введите парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boundary Journal</source>
        <translation>Дневник границ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Your last changes could not be saved ({0}). Quit anyway and lose them?</source>
        <translation>Последние изменения не удалось сохранить ({0}). Всё равно выйти и потерять их?</translation>
    </message>
</context>
<context>
    <name>OtherNamesPanel</name>
    <message>
        <source>Other names — replaced too when pseudonymising</source>
        <translation>Другие имена — при псевдонимизации заменяются тоже</translation>
    </message>
    <message>
        <source>Other names of the client</source>
        <translation>Другие имена клиента</translation>
    </message>
    <message>
        <source>Add &amp;name…</source>
        <translation>Добавить &amp;имя…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>A person’&amp;s name (exported as “Person 1”…)</source>
        <translation>Имя ч&amp;еловека (в экспорте — «Человек 1»…)</translation>
    </message>
    <message>
        <source>{0} — a person</source>
        <translation>{0} — человек</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Add another name</source>
        <translation>Добавить другое имя</translation>
    </message>
    <message>
        <source>Name of someone at “{0}”:</source>
        <translation>Имя человека из «{0}»:</translation>
    </message>
    <message>
        <source>Another name of “{0}”:</source>
        <translation>Другое имя «{0}»:</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Matched in any letter case, among others: {0}…</source>
        <translation>Находится в любом регистре, в том числе: {0}…</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>This journal is encrypted. Enter its passphrase:</source>
        <translation>Дневник зашифрован. Введите парольную фразу:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Use the &amp;Recovery Key Instead</source>
        <translation>Использовать &amp;ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Use the &amp;Passphrase Instead</source>
        <translation>Использовать &amp;парольную фразу</translation>
    </message>
</context>
<context>
    <name>PassphraseRow</name>
    <message>
        <source>Passphrase for the review</source>
        <translation>Парольная фраза разбора</translation>
    </message>
    <message>
        <source>A few words you will tell the coach</source>
        <translation>Несколько слов, которые вы скажете коучу</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Показа&amp;ть</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters; a few words are best.</source>
        <translation>Слишком коротко: нужно не меньше 8 символов; лучше несколько слов.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words, or generate one.</source>
        <translation>Слабая: легко угадать. Добавьте слов или создайте фразу.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Средняя.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Надёжность: {0}</translation>
    </message>
</context>
<context>
    <name>PeriodLabels</name>
    <message>
        <source>Q{0} {1}</source>
        <translation>{0}&#xa0;кв.&#xa0;{1}</translation>
    </message>
    <message>
        <source>week of {0}</source>
        <translation>неделя с {0}</translation>
    </message>
</context>
<context>
    <name>PlansController</name>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Цели…</translation>
    </message>
    <message>
        <source>E&amp;vents…</source>
        <translation>&amp;События…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>The app&apos;s own question, not from the book.</source>
        <translation>Собственный вопрос приложения, не из книги.</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Ваш ответ…</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Untick a question to hide it from the panel. Questions from {0}.</source>
        <translation>Снимите отметку, чтобы скрыть вопрос с панели. Источник вопросов: {0}.</translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation>&amp;Добавить свой…</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>&amp;Переформулировать…</translation>
    </message>
    <message>
        <source>(the app&apos;s own, for “{0}”)</source>
        <translation>(вопрос приложения, для случаев «{0}»)</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Ваш вопрос</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Reword</source>
        <translation>Переформулировать</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Questions for reflection</source>
        <translation>Вопросы для размышления</translation>
    </message>
    <message>
        <source>Show &amp;all questions</source>
        <translation>Показать все в&amp;опросы</translation>
    </message>
    <message>
        <source>Show all questions</source>
        <translation>Показать все вопросы</translation>
    </message>
    <message>
        <source>Your questions…</source>
        <translation>Ваши вопросы…</translation>
    </message>
    <message>
        <source>Choose and add questions</source>
        <translation>Выбрать и добавить вопросы</translation>
    </message>
    <message>
        <source>Answer not saved: {0}</source>
        <translation>Ответ не сохранён: {0}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Open an entry to reflect on it with the book&apos;s questions.</source>
        <translation>Откройте запись, чтобы поразмышлять над ней с вопросами книги.</translation>
    </message>
    <message>
        <source>Questions from {0}.</source>
        <translation>Источник вопросов: {0}.</translation>
    </message>
    <message>
        <source>Unquoted prompts are the app&apos;s, drawn from the same book; those marked {0} are the app&apos;s own, not from the book.</source>
        <translation>Вопросы без кавычек — от приложения, по мотивам той же книги; отмеченные {0} — собственные вопросы приложения, не из книги.</translation>
    </message>
    <message>
        <source>Unquoted prompts are the app&apos;s, drawn from the same book.</source>
        <translation>Вопросы без кавычек — от приложения, по мотивам той же книги.</translation>
    </message>
    <message>
        <source>Questions marked {0} are the app&apos;s own, not from the book.</source>
        <translation>Вопросы, отмеченные {0}, — собственные вопросы приложения, не из книги.</translation>
    </message>
    <message numerus="yes">
        <source>More questions (%n)</source>
        <translation>
            <numerusform>Ещё %n вопрос</numerusform>
            <numerusform>Ещё %n вопроса</numerusform>
            <numerusform>Ещё %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>A client crossed your boundary and it was not held: questions of self-respect.</source>
        <translation>Клиент нарушил вашу границу, и она не удержана: вопросы об уважении к себе.</translation>
    </message>
    <message>
        <source>You crossed the client&apos;s boundary: questions of respect for the client.</source>
        <translation>Вы нарушили границу клиента: вопросы об уважении к клиенту.</translation>
    </message>
    <message>
        <source>No boundary left unheld here: questions of partnership.</source>
        <translation>Здесь все границы удержаны: вопросы о партнёрстве.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Rating not saved: {0}</source>
        <translation>Оценка не сохранена: {0}</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>not at all</source>
        <translation>совсем нет</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>полностью</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your Recovery Key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>The journal is encrypted. If you forget your passphrase, this recovery key is the only way back in. Write it down, save it or print it, and keep it away from this computer. It will not be shown again.</source>
        <translation>Дневник зашифрован. Если вы забудете парольную фразу, этот ключ восстановления — единственный способ открыть его. Запишите, сохраните или распечатайте его и храните отдельно от этого компьютера. Больше он показан не будет.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have saved my recovery key somewhere safe</source>
        <translation>Я сохранил(а) ключ восстановления в надёжном месте</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Boundary Journal recovery key

{0}

It opens your encrypted journal if you forget the passphrase. Keep it safe and private.
</source>
        <translation>Ключ восстановления «Дневника границ»

{0}

Он открывает зашифрованный дневник, если вы забудете парольную фразу. Храните его в надёжном и скрытом месте.
</translation>
    </message>
    <message>
        <source>Save the Recovery Key</source>
        <translation>Сохранить ключ восстановления</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ReflectionController</name>
    <message>
        <source>Log an Incident — filed in today&apos;s entry</source>
        <translation>Записать случай — в сегодняшнюю запись</translation>
    </message>
    <message>
        <source>Remove Incident</source>
        <translation>Удалить случай</translation>
    </message>
    <message>
        <source>Remove the incident “{0}” with {1}?</source>
        <translation>Удалить случай «{0}» с {1}?</translation>
    </message>
    <message>
        <source>Incident logged.</source>
        <translation>Случай записан.</translation>
    </message>
    <message>
        <source>Boundary Journal</source>
        <translation>Дневник границ</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Boundary Journal</source>
        <translation>Дневник границ</translation>
    </message>
    <message>
        <source>A few minutes for today&apos;s reflection? Ctrl+N starts an entry.</source>
        <translation>Несколько минут на сегодняшнее размышление? Ctrl+N — новая запись.</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Share for &amp;Review…</source>
        <translation>&amp;Поделиться для разбора…</translation>
    </message>
    <message>
        <source>Import Coac&amp;h Notes…</source>
        <translation>Импорт заметок &amp;коуча…</translation>
    </message>
    <message>
        <source>Open Re&amp;view…</source>
        <translation>Открыть раз&amp;бор…</translation>
    </message>
    <message>
        <source>Revie&amp;ws…</source>
        <translation>Разбор&amp;ы…</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Сводка…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The passphrase of {0}:</source>
        <translation>Парольная фраза файла {0}:</translation>
    </message>
    <message>
        <source>Shared for review: {0}</source>
        <translation>Разбор сохранён: {0}</translation>
    </message>
    <message>
        <source>Import Coach Notes</source>
        <translation>Импорт заметок коуча</translation>
    </message>
    <message>
        <source>Coach notes (*.bjnotes)</source>
        <translation>Заметки коуча (*.bjnotes)</translation>
    </message>
    <message>
        <source>The coach&apos;s notes: {0} new, {1} updated. They show beside their entries.</source>
        <translation>Заметки коуча: новых — {0}, обновлено — {1}. Они показаны рядом с записями.</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Открыть разбор</translation>
    </message>
    <message>
        <source>Reviews (*.bjreview)</source>
        <translation>Разборы (*.bjreview)</translation>
    </message>
    <message>
        <source>{0} holds another review, not the one chosen in the list; nothing was opened.</source>
        <translation>В файле {0} другой разбор, не тот, что выбран в списке; ничего не открыто.</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Сводка</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <source>My notes:</source>
        <translation>Мои заметки:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Edit the chosen note (F2)</source>
        <translation>Изменить выбранную заметку (F2)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the chosen note (Delete)</source>
        <translation>Удалить выбранную заметку (Delete)</translation>
    </message>
    <message>
        <source>My notes on this entry and on the review</source>
        <translation>Мои заметки к этой записи и ко всему разбору</translation>
    </message>
    <message>
        <source>N&amp;ote on:</source>
        <translation>&amp;Заметка к:</translation>
    </message>
    <message>
        <source>What the note is about</source>
        <translation>К чему относится заметка</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>A note for the person; on the summary: topics for the next session</source>
        <translation>Заметка для человека; в итоге — темы следующей встречи</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Добавить заметку</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <source>The whole review (summary)</source>
        <translation>Весь разбор (итог)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Сохранить заметку</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Delete your note “{0}”?</source>
        <translation>Удалить вашу заметку «{0}»?</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>a review</source>
        <translation>разбор</translation>
    </message>
    <message>
        <source>Review of {0} — read only</source>
        <translation>Разбор: {0} — только чтение</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Тенденции…</translation>
    </message>
    <message>
        <source>&amp;Send Notes Back…</source>
        <translation>&amp;Отправить заметки…</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Сводка…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Разбор</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <source>Search the review</source>
        <translation>Поиск по разбору</translation>
    </message>
    <message>
        <source>Entries of the review</source>
        <translation>Записи разбора</translation>
    </message>
    <message>
        <source>The entry, read only</source>
        <translation>Запись, только для чтения</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %n.</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Только чтение.</translation>
    </message>
    <message>
        <source>Incident: {0}, {1}</source>
        <translation>Инциденту: {0}, {1}</translation>
    </message>
    <message>
        <source>Respect for the client</source>
        <translation>Уважение к клиенту</translation>
    </message>
    <message>
        <source>Self-respect</source>
        <translation>Самоуважение</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Send Notes Back</source>
        <translation>Отправить заметки</translation>
    </message>
    <message>
        <source>Coach notes (*.bjnotes)</source>
        <translation>Заметки коуча (*.bjnotes)</translation>
    </message>
    <message numerus="yes">
        <source>%n notes sealed into {0} with the review&apos;s passphrase. Send the file back.</source>
        <translation>
            <numerusform>%n заметка запечатана в {0} парольной фразой разбора. Отправьте файл обратно.</numerusform>
            <numerusform>%n заметки запечатаны в {0} парольной фразой разбора. Отправьте файл обратно.</numerusform>
            <numerusform>%n заметок запечатано в {0} парольной фразой разбора. Отправьте файл обратно.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsDialog</name>
    <message>
        <source>Reviews</source>
        <translation>Разборы</translation>
    </message>
    <message>
        <source>Reviews, newest first</source>
        <translation>Разборы, сначала новые</translation>
    </message>
    <message>
        <source>{0}: {1} · entries: {2} · notes: {3}</source>
        <translation>{0}: {1} · записей: {2} · заметок: {3}</translation>
    </message>
    <message>
        <source>a review</source>
        <translation>разбор</translation>
    </message>
    <message>
        <source>Where its file is is not known yet.</source>
        <translation>Где лежит его файл, пока неизвестно.</translation>
    </message>
    <message>
        <source>No reviews yet: open a .bjreview file to read it.</source>
        <translation>Разборов пока нет: откройте файл .bjreview, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open a Review &amp;File…</source>
        <translation>Открыть &amp;файл разбора…</translation>
    </message>
    <message>
        <source>The file of this review is no longer at {0}.</source>
        <translation>Файла этого разбора больше нет по адресу {0}.</translation>
    </message>
    <message>
        <source>Where this review&apos;s file is is not known.</source>
        <translation>Где лежит файл этого разбора, неизвестно.</translation>
    </message>
    <message>
        <source>Locate the file to open the review?</source>
        <translation>Найти файл, чтобы открыть разбор?</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Открыть разбор</translation>
    </message>
    <message>
        <source>Reviews (*.bjreview)</source>
        <translation>Разборы (*.bjreview)</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>En&amp;cryption…</source>
        <translation>&amp;Шифрование…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>Не удалось сделать сегодняшнюю копию: {0}</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Дневник повреждён</translation>
    </message>
    <message>
        <source>The journal file is damaged ({0}), and there is no backup.</source>
        <translation>Файл дневника повреждён ({0}), а резервной копии нет.</translation>
    </message>
    <message>
        <source>The journal file is damaged ({0}). Restore the latest good backup, made {1} with {2} entries? The damaged file is kept beside it.</source>
        <translation>Файл дневника повреждён ({0}). Восстановить последнюю исправную копию от {1} (записей: {2})? Повреждённый файл останется рядом.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as {0}.</source>
        <translation>Копия восстановлена. Повреждённый файл сохранён как {0}.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Копия восстановлена.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Задайте новую парольную фразу</translation>
    </message>
    <message>
        <source>You unlocked the journal with its recovery key. Set a new passphrase now.</source>
        <translation>Вы открыли дневник ключом восстановления. Задайте новую парольную фразу.</translation>
    </message>
    <message>
        <source>Encrypt the journal (File → Encryption…) to lock it.</source>
        <translation>Чтобы блокировать дневник, зашифруйте его (Файл → Шифрование…).</translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message numerus="yes">
        <source>The entries in the list (%n)</source>
        <translation>
            <numerusform>Записи из списка (%n)</numerusform>
            <numerusform>Записи из списка (%n)</numerusform>
            <numerusform>Записи из списка (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected entries (%n)</source>
        <translation>
            <numerusform>Выбранные записи (%n)</numerusform>
            <numerusform>Выбранные записи (%n)</numerusform>
            <numerusform>Выбранные записи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries to export</source>
        <translation>Записи для экспорта</translation>
    </message>
    <message>
        <source>E&amp;ntries:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Incident kinds</source>
        <translation>Виды случаев</translation>
    </message>
    <message>
        <source>Tick none to include all; tick some to keep only those.</source>
        <translation>Не отмечайте ничего, чтобы взять все; отметьте некоторые, чтобы оставить только их.</translation>
    </message>
    <message>
        <source>Include &amp;answers to the guiding questions and ratings</source>
        <translation>Включить &amp;ответы на вопросы книги и оценки</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise: clients become “Client A”, “Client B”…; e-mail addresses and phone numbers are hidden</source>
        <translation>Псевдон&amp;имы: клиенты станут «Клиент А», «Клиент Б»…; адреса почты и телефоны скрываются</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation>Поиск по записям (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Поиск по записям</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Show matches newest first instead of best first</source>
        <translation>Показывать найденное от новых к старым, а не по точности</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>Фильтр по клиенту</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Фильтр по дате</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Remove the &amp;Sample Entries…</source>
        <translation>Удалить &amp;пример…</translation>
    </message>
    <message>
        <source>Add the Sa&amp;mple Journal</source>
        <translation>Добавить пример &amp;дневника</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The holidays could not be changed: {0}</source>
        <translation>Не удалось изменить праздники: {0}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Boundary Journal now?</source>
        <translation>Новый язык будет использоваться со следующего запуска. Перезапустить «Дневник границ» сейчас?</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет использован со следующего запуска.</translation>
    </message>
    <message>
        <source>The backups could not be moved to {0}: {1}</source>
        <translation>Не удалось перенести копии в {0}: {1}</translation>
    </message>
    <message>
        <source>Sample journal</source>
        <translation>Пример дневника</translation>
    </message>
    <message>
        <source>Remove the Sample Entries</source>
        <translation>Удалить пример</translation>
    </message>
    <message>
        <source>Delete the sample entries, their incidents and the sample clients for good? Your own entries are not touched.</source>
        <translation>Удалить навсегда записи примера, их случаи и клиентов примера? Ваши собственные записи не затрагиваются.</translation>
    </message>
    <message numerus="yes">
        <source>Sample entries removed: %n.</source>
        <translation>
            <numerusform>Удалена %n запись примера.</numerusform>
            <numerusform>Удалены %n записи примера.</numerusform>
            <numerusform>Удалено %n записей примера.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык — со следующего запуска.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>An encrypted journal locks after this long unused.</source>
        <translation>Зашифрованный дневник блокируется после такого бездействия.</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Блокировать через:</translation>
    </message>
    <message>
        <source>&amp;Backups in:</source>
        <translation>&amp;Копии в папке:</translation>
    </message>
    <message>
        <source>Choose the Backup Folder</source>
        <translation>Выберите папку для копий</translation>
    </message>
    <message>
        <source>E&amp;xports to:</source>
        <translation>&amp;Экспорт в папку:</translation>
    </message>
    <message>
        <source>Choose the Export Folder</source>
        <translation>Выберите папку для экспорта</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Public holidays of this country count as outside agreed days.</source>
        <translation>Государственные праздники этой страны считаются днями вне договорённости.</translation>
    </message>
    <message>
        <source>&amp;Public holidays of:</source>
        <translation>&amp;Праздники страны:</translation>
    </message>
    <message>
        <source>Re&amp;mind me to write, each day at</source>
        <translation>&amp;Напоминать о записи каждый день в</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Время напоминания</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Напоминание:</translation>
    </message>
    <message>
        <source>A quiet notification, only on days you have not written yet. No streaks, no counting.</source>
        <translation>Тихое уведомление — только в дни, когда вы ещё ничего не написали. Без серий и подсчётов.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>ShareReviewDialog</name>
    <message>
        <source>Share for Review</source>
        <translation>Поделиться для разбора</translation>
    </message>
    <message>
        <source>What the coach will see</source>
        <translation>Что увидит коуч</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The file can only be opened with this passphrase. Tell it to the coach another way than the file: on the phone, or in person.</source>
        <translation>Файл откроется только с этой парольной фразой. Сообщите её коучу не так, как отправите файл: по телефону или при встрече.</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message numerus="yes">
        <source>Entries the coach will see: %n.</source>
        <translation>
            <numerusform>Коуч увидит %n запись.</numerusform>
            <numerusform>Коуч увидит %n записи.</numerusform>
            <numerusform>Коуч увидит %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews (*.bjreview)</source>
        <translation>Разборы (*.bjreview)</translation>
    </message>
    <message numerus="yes">
        <source>Sealed %n entries into {0}. Send the file to the coach, and tell them the passphrase another way.</source>
        <translation>
            <numerusform>%n запись запечатана в {0}. Отправьте файл коучу, а парольную фразу сообщите иначе.</numerusform>
            <numerusform>%n записи запечатаны в {0}. Отправьте файл коучу, а парольную фразу сообщите иначе.</numerusform>
            <numerusform>%n записей запечатано в {0}. Отправьте файл коучу, а парольную фразу сообщите иначе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Nothing stands out in this range.</source>
        <translation>В этом периоде ничего не выделяется.</translation>
    </message>
    <message>
        <source>Questions to ask yourself</source>
        <translation>Вопросы к себе</translation>
    </message>
    <message numerus="yes">
        <source>Questions to ask yourself (%n)</source>
        <translation>
            <numerusform>Вопросы к себе (%n)</numerusform>
            <numerusform>Вопросы к себе (%n)</numerusform>
            <numerusform>Вопросы к себе (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sidebar: entries, trash, clients and tags</source>
        <translation>Боковая панель: записи, корзина, клиенты и метки</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Coach notes</source>
        <translation>Заметки коуча</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Разборы</translation>
    </message>
    <message>
        <source>a review</source>
        <translation>разбор</translation>
    </message>
    <message>
        <source>{0}: entries: {1}, my notes: {2}. Click to open it again.</source>
        <translation>{0}: записей: {1}, моих заметок: {2}. Щёлкните, чтобы открыть снова.</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>incidents</source>
        <translation>случаев</translation>
    </message>
    <message>
        <source>outside agreed hours</source>
        <translation>вне оговорённого времени</translation>
    </message>
    <message>
        <source>held the boundary</source>
        <translation>удержал(а) границу</translation>
    </message>
    <message>
        <source>gave in</source>
        <translation>уступил(а)</translation>
    </message>
    <message>
        <source>the period before: {0}</source>
        <translation>в прошлом периоде: {0}</translation>
    </message>
    <message>
        <source>The period before: as long as this range, just before it.</source>
        <translation>Прошлый период — такой же длины, сразу перед этим.</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <source>Remove {0}</source>
        <translation>Убрать {0}</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export &amp;Selected Entries…</source>
        <translation>Экспорт &amp;выбранных записей…</translation>
    </message>
    <message>
        <source>Export the Entries in the &amp;List…</source>
        <translation>Экспорт записей из &amp;списка…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Экспортировано в {0}</translation>
    </message>
    <message>
        <source>Import a Journal</source>
        <translation>Импорт дневника</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Selected Entries…</source>
        <translation>
            <numerusform>Экспорт %n выбранной записи…</numerusform>
            <numerusform>Экспорт %n выбранных записей…</numerusform>
            <numerusform>Экспорт %n выбранных записей…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsFilters</name>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Последний квартал</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировать</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Оба направления</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends — Boundary Journal</source>
        <translation>Тенденции — Дневник границ</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Save the chart on screen as a picture ({0})</source>
        <translation>Сохранить показанный график как картинку ({0})</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Во времени</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>По клиентам</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Как я реагировал(а)</translation>
    </message>
    <message>
        <source>Respect balance</source>
        <translation>Баланс уважения</translation>
    </message>
    <message>
        <source>&amp;Goals and Events…</source>
        <translation>&amp;Цели и события…</translation>
    </message>
    <message>
        <source>Click a bar or a cell to see the incidents behind it.</source>
        <translation>Щёлкните столбец, точку или клетку, чтобы увидеть случаи за ними.</translation>
    </message>
    <message>
        <source>When it happens</source>
        <translation>Когда это случается</translation>
    </message>
    <message>
        <source>Goals and events</source>
        <translation>Цели и события</translation>
    </message>
    <message>
        <source>Nothing to show for these filters yet.

Log boundary incidents with Ctrl+Shift+I and rate your entries; their trends appear here.</source>
        <translation>Для этих фильтров пока нечего показать.

Записывайте нарушения границ (Ctrl+Shift+I) и оценивайте записи — их тенденции появятся здесь.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n incident(s) in this range so far: too few to show a trend. The charts say more as you log more.</source>
        <translation>
            <numerusform>Пока только %n случай за этот период — слишком мало, чтобы увидеть тенденцию. Чем больше записей, тем больше скажут графики.</numerusform>
            <numerusform>Пока только %n случая за этот период — слишком мало, чтобы увидеть тенденцию. Чем больше записей, тем больше скажут графики.</numerusform>
            <numerusform>Пока только %n случаев за этот период — слишком мало, чтобы увидеть тенденцию. Чем больше записей, тем больше скажут графики.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be saved to {0}.</source>
        <translation>Не удалось сохранить график в {0}.</translation>
    </message>
    <message>
        <source>Questions from {0}.</source>
        <translation>Источник вопросов: {0}.</translation>
    </message>
    <message>
        <source>Trends: save the chart as a picture</source>
        <translation>Тенденции: сохранить график как картинку</translation>
    </message>
    <message>
        <source>Trends: close the window</source>
        <translation>Тенденции: закрыть окно</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Boundary Journal</source>
        <translation>Разблокировать «Дневник границ»</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Boundary Journal</source>
        <translation>Добро пожаловать в «Дневник границ»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;This is a private journal about your professional boundaries with clients. Write what happened, log the moments when a boundary was crossed — yours or the client&apos;s — and watch the patterns over time.&lt;/p&gt;&lt;p&gt;It grows out of Boris Shpirt&apos;s book «Отчаянные аккаунт-менеджеры» (“Desperate Account Managers”): a relationship breaks when you do not respect the client, or do not respect yourself. Its guiding questions sit beside every entry. The aim is partnership.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать&lt;/h3&gt;&lt;p&gt;Это личный дневник о ваших профессиональных границах с клиентами. Записывайте, что произошло, отмечайте моменты, когда граница была нарушена — ваша или клиента, — и наблюдайте закономерности со временем.&lt;/p&gt;&lt;p&gt;Он вырос из книги Бориса Шпирта «Отчаянные аккаунт-менеджеры»: отношения рушатся, когда вы не уважаете клиента или не уважаете себя. Её вопросы для размышления — рядом с каждой записью. Цель — партнёрство.&lt;/p&gt;&lt;p&gt;Всё хранится только на этом компьютере. Ничего никуда не отправляется.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a small sample &amp;journal to look around in (Help menu: remove it later, or add it again)</source>
        <translation>Добавить небольшой &amp;пример дневника, чтобы осмотреться (меню «Справка»: убрать его позже или добавить снова)</translation>
    </message>
    <message>
        <source>&amp;Start Writing</source>
        <translation>&amp;Начать писать</translation>
    </message>
    <message>
        <source>&amp;Protect with a Passphrase…</source>
        <translation>&amp;Защитить парольной фразой…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>О&amp;чистить корзину…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Н&amp;айти…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>Rest&amp;ore from Trash</source>
        <translation>&amp;Вернуть из корзины</translation>
    </message>
    <message>
        <source>Manage &amp;Clients…</source>
        <translation>К&amp;лиенты…</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Show &amp;Calendar</source>
        <translation>Показать &amp;календарь</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Показать &amp;боковую панель</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Boundary Journal</source>
        <translation>&amp;О программе «Дневник границ»</translation>
    </message>
    <message>
        <source>&amp;Log Incident…</source>
        <translation>&amp;Записать случай…</translation>
    </message>
    <message>
        <source>Incident &amp;Kinds…</source>
        <translation>&amp;Виды случаев…</translation>
    </message>
    <message>
        <source>Your &amp;Questions…</source>
        <translation>Ваши в&amp;опросы…</translation>
    </message>
    <message>
        <source>Show &amp;Questions</source>
        <translation>Показать &amp;вопросы</translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation>&amp;Тенденции…</translation>
    </message>
    <message>
        <source>Move to Trash (in the entry list)</source>
        <translation>В корзину (в списке записей)</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>About Boundary Journal</source>
        <translation>О программе «Дневник границ»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Journal {0}&lt;/h3&gt;&lt;p&gt;A private journal about professional boundaries with clients. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Built on the ideas of Boris Shpirt&apos;s book «Отчаянные аккаунт-менеджеры» (“Desperate Account Managers”).&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Дневник границ {0}&lt;/h3&gt;&lt;p&gt;Личный дневник о профессиональных границах с клиентами. Всё хранится только на этом компьютере.&lt;/p&gt;&lt;p&gt;По идеям книги Бориса Шпирта «Отчаянные аккаунт-менеджеры».&lt;/p&gt;&lt;p&gt;Лицензия MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Clie&amp;nt</source>
        <translation>Кл&amp;иент</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Случаи</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Фо&amp;рмат</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Boundary Journal</source>
        <translation>Дневник границ</translation>
    </message>
    <message>
        <source>The disk is full, so the journal is open read-only: you can read and search it, but nothing you change can be saved. Free some space and start the app again.</source>
        <translation>Диск заполнен, поэтому дневник открыт только для чтения: его можно читать и искать в нём, но изменения не сохранятся. Освободите место и запустите программу снова.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written (read-only media or permissions), so the journal is open read-only: you can read and search it, but nothing you change can be saved.</source>
        <translation>В папку дневника нельзя записывать (носитель только для чтения или нет прав), поэтому дневник открыт только для чтения: его можно читать и искать в нём, но изменения не сохранятся.</translation>
    </message>
    <message>
        <source>Read-Only Journal</source>
        <translation>Дневник только для чтения</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Обновляется поисковый индекс…</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Сделана вами</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before merging clients</source>
        <translation>Перед слиянием клиентов</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>Перед шифрованием</translation>
    </message>
    <message>
        <source>Before decrypting</source>
        <translation>Перед расшифровкой</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0}&#xa0;КБ</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0}&#xa0;МБ</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0}&#xa0;ГБ</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A client needs a name.</source>
        <translation>У клиента должно быть имя.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>У метки должно быть название.</translation>
    </message>
    <message>
        <source>an agreement is null or an object with days, hours, channels</source>
        <translation>договорённость — это null или объект с полями days, hours, channels</translation>
    </message>
    <message>
        <source>an agreement&apos;s channels are a list of names</source>
        <translation>каналы договорённости — это список названий</translation>
    </message>
    <message>
        <source>an agreement&apos;s time zone is a name, like Europe/Moscow</source>
        <translation>часовой пояс договорённости — это название, например Europe/Moscow</translation>
    </message>
    <message>
        <source>an agreement&apos;s days and hours are text, like mon-fri, 09:00-18:00</source>
        <translation>дни и часы договорённости — это текст, например mon-fri, 09:00-18:00</translation>
    </message>
    <message>
        <source>A time is written HH:MM, like 09:00, not “{text}”.</source>
        <translation>Время записывается как ЧЧ:ММ, например 09:00, а не «{text}».</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day.</source>
        <translation>«{text}» — не время суток.</translation>
    </message>
    <message>
        <source>Hours are written like 09:00-18:00, not “{text}”.</source>
        <translation>Часы записываются как 09:00-18:00, а не «{text}».</translation>
    </message>
    <message>
        <source>Days are written like mon-fri or mon,wed,fri, not “{text}”.</source>
        <translation>Дни записываются как mon-fri или mon,wed,fri, а не «{text}».</translation>
    </message>
    <message>
        <source>A client name can be at most {limit} characters.</source>
        <translation>Имя клиента — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>A tag name can be at most {limit} characters.</source>
        <translation>Название метки — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>A kind needs a name.</source>
        <translation>У вида случая должно быть название.</translation>
    </message>
    <message>
        <source>A kind name can be at most {limit} characters.</source>
        <translation>Название вида случая — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb, not {colour!r}.</source>
        <translation>Цвет записывается как #rrggbb, а не {colour!r}.</translation>
    </message>
    <message>
        <source>There is no client #{client_id}.</source>
        <translation>Клиента №&#xa0;{client_id} нет.</translation>
    </message>
    <message>
        <source>There is no client called “{name}”.</source>
        <translation>Клиента «{name}» нет.</translation>
    </message>
    <message>
        <source>A client cannot be merged into itself.</source>
        <translation>Клиента нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>There is already a client called “{name}”.</source>
        <translation>Клиент «{name}» уже есть.</translation>
    </message>
    <message>
        <source>One of the clients to merge no longer exists.</source>
        <translation>Одного из объединяемых клиентов уже нет.</translation>
    </message>
    <message>
        <source>The holidays of “{code}” are not known; use a code like RU or DE.</source>
        <translation>Праздники «{code}» неизвестны; укажите код вроде RU или DE.</translation>
    </message>
    <message>
        <source>Days off are one day or a range, not “{text}”.</source>
        <translation>Выходные — это один день или диапазон, а не «{text}».</translation>
    </message>
    <message>
        <source>A run of days off ends before it starts.</source>
        <translation>Выходные заканчиваются раньше, чем начинаются.</translation>
    </message>
    <message>
        <source>A run of days off can be at most {limit} days.</source>
        <translation>Выходные подряд — не больше {limit} дней.</translation>
    </message>
    <message>
        <source>Days off are written YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD, not “{text}”.</source>
        <translation>Выходные записываются как ГГГГ-ММ-ДД или ГГГГ-ММ-ДД..ГГГГ-ММ-ДД, а не «{text}».</translation>
    </message>
    <message>
        <source>A note on days off can be at most {limit} characters.</source>
        <translation>Заметка к выходным — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>There are no days off #{day_off_id}.</source>
        <translation>Выходных №&#xa0;{day_off_id} нет.</translation>
    </message>
    <message>
        <source>There is no entry #{entry_id}.</source>
        <translation>Записи №&#xa0;{entry_id} нет.</translation>
    </message>
    <message>
        <source>A rating runs from 1 to 5, not {value}.</source>
        <translation>Оценка — от 1 до 5, а не {value}.</translation>
    </message>
    <message>
        <source>Entry #{entry_id} was changed elsewhere since it was opened.</source>
        <translation>Запись №&#xa0;{entry_id} изменили в другом месте, пока она была открыта.</translation>
    </message>
    <message>
        <source>Unknown channel “{value}”; use {known}.</source>
        <translation>Неизвестный канал «{value}»; укажите один из: {known}.</translation>
    </message>
    <message>
        <source>Unknown response “{value}”; use {known}.</source>
        <translation>Неизвестная реакция «{value}»; укажите одну из: {known}.</translation>
    </message>
    <message>
        <source>An event is one of {kinds}, not “{kind}”.</source>
        <translation>Событие — одно из: {kinds}, а не «{kind}».</translation>
    </message>
    <message>
        <source>An event note can be at most {limit} characters.</source>
        <translation>Заметка к событию — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>There is no event #{event_id}.</source>
        <translation>События №&#xa0;{event_id} нет.</translation>
    </message>
    <message>
        <source>A goal&apos;s metric is one of {metrics}, not “{metric}”.</source>
        <translation>Показатель цели — один из: {metrics}, а не «{metric}».</translation>
    </message>
    <message>
        <source>A goal&apos;s period is month or quarter, not “{period}”.</source>
        <translation>Период цели — month или quarter, а не «{period}».</translation>
    </message>
    <message>
        <source>A {metric} goal&apos;s target runs from {low} to {high}, not {target:g}.</source>
        <translation>Значение цели «{metric}» — от {low} до {high}, а не {target:g}.</translation>
    </message>
    <message>
        <source>A rating goal is about entries; it takes no incident kind.</source>
        <translation>Цель по оценкам относится к записям; вид случая ей не нужен.</translation>
    </message>
    <message>
        <source>There is no goal #{goal_id}.</source>
        <translation>Цели №&#xa0;{goal_id} нет.</translation>
    </message>
    <message>
        <source>There is no incident kind “{kind}”.</source>
        <translation>Вида случая «{kind}» нет.</translation>
    </message>
    <message>
        <source>Severity runs from 1 to 5, not {severity}.</source>
        <translation>Тяжесть — от 1 до 5, а не {severity}.</translation>
    </message>
    <message>
        <source>An incident needs a kind (see `kinds`).</source>
        <translation>У случая должен быть вид (см. `kinds`).</translation>
    </message>
    <message>
        <source>There is no incident #{incident_id}.</source>
        <translation>Случая №&#xa0;{incident_id} нет.</translation>
    </message>
    <message>
        <source>An incident note can be at most {limit} characters.</source>
        <translation>Заметка к случаю — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>This journal is encrypted: its passphrase is needed.</source>
        <translation>Дневник зашифрован: нужна его парольная фраза.</translation>
    </message>
    <message>
        <source>A direction is “client” (the client crossed my boundary) or “me” (I failed to respect the client), not “{direction}”.</source>
        <translation>Направление — «client» (клиент нарушил мою границу) или «me» (я не проявил уважения к клиенту), а не «{direction}».</translation>
    </message>
    <message>
        <source>There is no incident kind “{key}” (see `kinds`).</source>
        <translation>Вида случая «{key}» нет (см. `kinds`).</translation>
    </message>
    <message>
        <source>There is already an incident kind called “{name}”.</source>
        <translation>Вид случая «{name}» уже есть.</translation>
    </message>
    <message>
        <source>Another name cannot be empty.</source>
        <translation>Другое имя не может быть пустым.</translation>
    </message>
    <message>
        <source>Another name can be at most {limit} characters.</source>
        <translation>Другое имя может быть не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>“{name}” is another name of “{client}”; remove it there first.</source>
        <translation>«{name}» — другое имя «{client}»; сначала уберите его там.</translation>
    </message>
    <message>
        <source>“{name}” is not another name of “{client}”.</source>
        <translation>«{name}» — не другое имя «{client}».</translation>
    </message>
    <message>
        <source>“{name}” is already the name of the client “{named}”.</source>
        <translation>«{name}» — уже имя клиента «{named}».</translation>
    </message>
    <message>
        <source>“{name}” is already another name of “{client}”.</source>
        <translation>«{name}» — уже другое имя «{client}».</translation>
    </message>
    <message>
        <source>There is no question “{question_id}” (see `questions`).</source>
        <translation>Вопроса «{question_id}» нет (см. `questions`).</translation>
    </message>
    <message>
        <source>A question group is one of {groups}, not “{group}”.</source>
        <translation>Группа вопросов — одна из: {groups}, а не «{group}».</translation>
    </message>
    <message>
        <source>A question can be at most {limit} characters.</source>
        <translation>Вопрос — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>An answer can be at most {limit} characters.</source>
        <translation>Ответ — не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>There is no tag called “{tag}”.</source>
        <translation>Метки «{tag}» нет.</translation>
    </message>
    <message>
        <source>There is no tag #{tag_id}.</source>
        <translation>Метки №&#xa0;{tag_id} нет.</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Метка «{name}» уже есть.</translation>
    </message>
    <message>
        <source>Group by week, month or quarter, not “{by}”.</source>
        <translation>Группировать можно по неделям, месяцам или кварталам (week, month, quarter), а не «{by}».</translation>
    </message>
    <message>
        <source>“{period}” is not a week, month or quarter.</source>
        <translation>«{period}» — не неделя, не месяц и не квартал.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; use a name like Europe/Moscow.</source>
        <translation>«{name}» — не часовой пояс; укажите название вроде Europe/Moscow.</translation>
    </message>
    <message>
        <source>The agreed hours start and end at the same time.</source>
        <translation>Оговорённые часы начинаются и заканчиваются в одно время.</translation>
    </message>
    <message>
        <source>Name at least one working day, like mon-fri.</source>
        <translation>Укажите хотя бы один рабочий день, например mon-fri.</translation>
    </message>
    <message>
        <source>An incident needs a client.</source>
        <translation>У случая должен быть клиент.</translation>
    </message>
    <message>
        <source>That entry is in the trash; restore it to add incidents.</source>
        <translation>Эта запись в корзине; восстановите её, чтобы добавлять случаи.</translation>
    </message>
    <message>
        <source>A question needs some words.</source>
        <translation>В вопросе должны быть слова.</translation>
    </message>
    <message>
        <source>Only your own questions can be reworded.</source>
        <translation>Переформулировать можно только свои вопросы.</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
        <source>The export&apos;s start date is after its end date.</source>
        <translation>Начальная дата экспорта позже конечной.</translation>
    </message>
    <message>
        <source>Unknown export format “{name}”; use {formats}.</source>
        <translation>Неизвестный формат экспорта «{name}»; укажите один из: {formats}.</translation>
    </message>
    <message>
        <source>PDF export needs the app&apos;s Qt part (PySide6).</source>
        <translation>Для экспорта в PDF нужна Qt-часть программы (PySide6).</translation>
    </message>
    <message>
        <source>The export was stopped: “{word}” would have stayed in {where}, line {line}. Nothing was written.</source>
        <translation>Экспорт остановлен: «{word}» остался бы в {where}, строка {line}. Ничего не записано.</translation>
    </message>
    <message>
        <source>The export was stopped: “{word}” would have stayed in the file name {name}. Nothing was written.</source>
        <translation>Экспорт остановлен: «{word}» остался бы в имени файла {name}. Ничего не записано.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The key file is damaged ({error}).</source>
        <translation>Файл ключа повреждён ({error}).</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
        <source>That is not a recovery key (8 groups of 4 letters and digits).</source>
        <translation>Это не ключ восстановления (8 групп по 4 буквы и цифры).</translation>
    </message>
    <message>
        <source>The conversion&apos;s state file cannot be read ({operation!r}).</source>
        <translation>Файл состояния преобразования не читается ({operation!r}).</translation>
    </message>
    <message>
        <source>The converted journal did not verify ({verdict}).</source>
        <translation>Преобразованный дневник не прошёл проверку ({verdict}).</translation>
    </message>
    <message>
        <source>{source} could not be converted ({error}).</source>
        <translation>{source} не удалось преобразовать ({error}).</translation>
    </message>
    <message>
        <source>The key file {key_file} does not belong to this journal: its key opens neither the journal nor any of its backups.</source>
        <translation>Файл ключа {key_file} не от этого журнала: его ключ не открывает ни журнал, ни одну из его резервных копий.</translation>
    </message>
    <message>
        <source>This journal is already encrypted.</source>
        <translation>Дневник уже зашифрован.</translation>
    </message>
    <message>
        <source>A journal in memory cannot be encrypted.</source>
        <translation>Дневник в памяти нельзя зашифровать.</translation>
    </message>
    <message>
        <source>This journal is not encrypted.</source>
        <translation>Дневник не зашифрован.</translation>
    </message>
    <message>
        <source>This journal is not encrypted; encrypt it to set a passphrase.</source>
        <translation>Дневник не зашифрован; зашифруйте его, чтобы задать парольную фразу.</translation>
    </message>
    <message>
        <source>The journal is encrypted, but its key file {key_file} is missing (and the backup folder has no copy): put it back beside {journal} to open the journal.</source>
        <translation>Журнал зашифрован, но его файла ключа {key_file} нет (и в папке резервных копий нет его копии): верните его рядом с {journal}, чтобы открыть журнал.</translation>
    </message>
    <message>
        <source>it is encrypted with a key this journal no longer has</source>
        <translation>она зашифрована ключом, которого у этого дневника больше нет</translation>
    </message>
    <message>
        <source>The backup {backup} cannot be converted ({verdict}): delete it or move it out of the backup folder, then try again. Nothing was changed.</source>
        <translation>Резервную копию {backup} невозможно преобразовать ({verdict}): удалите её или уберите из папки резервных копий и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The journal is converted, but not all of its backups yet ({error}); that is finished the next time the journal opens.</source>
        <translation>Журнал преобразован, но ещё не все его резервные копии ({error}); это будет завершено при следующем открытии журнала.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {limit} characters; a few words are best.</source>
        <translation>В парольной фразе должно быть не меньше {limit} символов; лучше всего несколько слов.</translation>
    </message>
    <message>
        <source>The key file {path} is missing.</source>
        <translation>Файла ключа {path} нет.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({error}).</source>
        <translation>Файл ключа {path} повреждён ({error}).</translation>
    </message>
    <message>
        <source>The key file does not belong to this journal.</source>
        <translation>Файл ключа не от этого дневника.</translation>
    </message>
    <message>
        <source>The key file was written by a newer Boundary Journal; update the app.</source>
        <translation>Файл ключа записан более новой версией «Дневника границ»; обновите программу.</translation>
    </message>
    <message>
        <source>The converted journal is missing rows; nothing was changed.</source>
        <translation>В преобразованном дневнике не хватает строк; ничего не изменено.</translation>
    </message>
    <message>
        <source>Boundary Journal is already open: another window or program is using this journal (the database is locked). Close it and try again.</source>
        <translation>«Дневник границ» уже открыт: дневником пользуется другое окно или программа (база данных заблокирована). Закройте их и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не сохранено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The journal cannot be written: {error}.</source>
        <translation>В дневник нельзя записать: {error}.</translation>
    </message>
    <message>
        <source>The journal file is damaged ({problems}).</source>
        <translation>Файл дневника повреждён ({problems}).</translation>
    </message>
    <message>
        <source>The journal file is damaged or is not a Boundary Journal database.</source>
        <translation>Файл дневника повреждён или не является базой «Дневника границ».</translation>
    </message>
    <message>
        <source>The journal file is damaged (unsupported file format).</source>
        <translation>Файл дневника повреждён (неподдерживаемый формат файла).</translation>
    </message>
    <message>
        <source>The journal file is empty (0 bytes): what it held is lost, but a backup can bring it back.</source>
        <translation>Файл дневника пуст (0 байт): его содержимое потеряно, но его можно вернуть из резервной копии.</translation>
    </message>
    <message>
        <source>The journal cannot be read at all.</source>
        <translation>Дневник совсем не читается.</translation>
    </message>
    <message>
        <source>The journal cannot be written now (a full disk or read-only media): nothing was saved.</source>
        <translation>Записать дневник сейчас нельзя (диск заполнен или носитель только для чтения): ничего не сохранено.</translation>
    </message>
    <message>
        <source>The backup {target} could not be made: {error}.</source>
        <translation>Резервную копию {target} не удалось сделать: {error}.</translation>
    </message>
    <message>
        <source>The disk is full: the backup was not made. Free some space.</source>
        <translation>Диск заполнен: резервная копия не сделана. Освободите место.</translation>
    </message>
    <message>
        <source>There is no backup called “{name}” (see `backups`).</source>
        <translation>Резервной копии «{name}» нет (см. `backups`).</translation>
    </message>
    <message>
        <source>{path} already exists; try again in a second.</source>
        <translation>{path} уже существует; попробуйте ещё раз через секунду.</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged too ({verdict}).</source>
        <translation>Резервная копия {backup} тоже повреждена ({verdict}).</translation>
    </message>
    <message>
        <source>The backup did not verify ({verdict}); it was not kept.</source>
        <translation>Резервная копия не прошла проверку ({verdict}) и не сохранена.</translation>
    </message>
    <message>
        <source>The backup {target} could not be written: {error}</source>
        <translation>Резервную копию {target} не удалось записать: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged ({verdict}).</source>
        <translation>Резервная копия {backup} повреждена ({verdict}).</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}.</source>
        <translation>Резервную копию не удалось восстановить: {error}.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not a Boundary Journal backup</source>
        <translation>это не резервная копия Boundary Journal</translation>
    </message>
    <message>
        <source>not a database, or encrypted with another key</source>
        <translation>это не база данных или она зашифрована другим ключом</translation>
    </message>
    <message>
        <source>the file is no longer there</source>
        <translation>файла больше нет на месте</translation>
    </message>
    <message>
        <source>the file cannot be read (its permissions)</source>
        <translation>файл нельзя прочитать (нет прав доступа)</translation>
    </message>
    <message>
        <source>The app&apos;s data file {path} names an unknown group.</source>
        <translation>В файле данных программы {path} указана неизвестная группа.</translation>
    </message>
    <message>
        <source>The app&apos;s data file {path} cannot be read: {error}</source>
        <translation>Файл данных программы {path} не читается: {error}</translation>
    </message>
    <message>
        <source>The app&apos;s data files in {folder} are incomplete: {error}</source>
        <translation>Файлы данных программы в {folder} неполны: {error}</translation>
    </message>
    <message>
        <source>Part of the journal cannot be read: the file is damaged there (text that is not UTF-8 in “{column}”).</source>
        <translation>Часть дневника не читается: в этом месте файл повреждён (текст не в UTF-8 в поле «{column}»).</translation>
    </message>
    <message>
        <source>The journal could not be read or written (disk I/O error): the disk may be full or failing.</source>
        <translation>Дневник не удалось прочитать или записать (ошибка ввода-вывода): возможно, диск заполнен или неисправен.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>its folder cannot be written (read-only media or permissions)</source>
        <translation>в его папку нельзя записывать (носитель только для чтения или нет прав)</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Boundary Journal (schema {current}); please update the app to open it.</source>
        <translation>Дневник записан более новой версией «Дневника границ» (схема {current}); обновите программу, чтобы его открыть.</translation>
    </message>
    <message>
        <source>Part of the journal cannot be read: the file is damaged there (a date or time that does not parse: {value}).</source>
        <translation>Часть дневника не читается: в этом месте файл повреждён (нераспознаваемые дата или время: {value}).</translation>
    </message>
    <message>
        <source>{target} was not written: {error}.</source>
        <translation>Файл {target} не записан: {error}.</translation>
    </message>
    <message>
        <source>The disk is full: {target} was not written. Free some space.</source>
        <translation>Диск заполнен: файл {target} не записан. Освободите место.</translation>
    </message>
    <message>
        <source>{target} cannot be written here (permission denied).</source>
        <translation>Файл {target} нельзя записать сюда (нет доступа).</translation>
    </message>
    <message>
        <source>{target} is a folder; choose a file name.</source>
        <translation>{target} — это папка; выберите имя файла.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Папки {parent} нет.</translation>
    </message>
    <message>
        <source>{target} already exists and is not empty; choose a new folder.</source>
        <translation>{target} уже существует и не пуста; выберите новую папку.</translation>
    </message>
    <message>
        <source>The app&apos;s catalogue {source} is missing.</source>
        <translation>Каталога переводов программы {source} нет.</translation>
    </message>
    <message>
        <source>The app&apos;s catalogue {source} cannot be read: {error}</source>
        <translation>Каталог переводов программы {source} не читается: {error}</translation>
    </message>
    <message>
        <source>The journal cannot be read at all ({error}).</source>
        <translation>Дневник совсем не читается ({error}).</translation>
    </message>
    <message>
        <source>The app&apos;s data file {path} names a client it does not list.</source>
        <translation>В файле данных программы {path} упомянут клиент, которого нет в его списке.</translation>
    </message>
    <message>
        <source>The app&apos;s data file {path} is incomplete: {error}</source>
        <translation>Файл данных программы {path} неполон: {error}</translation>
    </message>
    <message>
        <source>Unknown setting “{key}”; use {scriptable}.</source>
        <translation>Неизвестная настройка «{key}»; укажите одну из: {scriptable}.</translation>
    </message>
    <message>
        <source>“{key}” is on or off, not “{text}”.</source>
        <translation>«{key}» — on или off, а не «{text}».</translation>
    </message>
    <message>
        <source>“{key}” is a number of minutes up to 1440, not “{text}”.</source>
        <translation>«{key}» — число минут до 1440, а не «{text}».</translation>
    </message>
    <message>
        <source>A language is one of {languages}, not “{text}”.</source>
        <translation>Язык — один из: {languages}, а не «{text}».</translation>
    </message>
    <message>
        <source>A theme is one of {themes}, not “{text}”.</source>
        <translation>Тема — одна из: {themes}, а не «{text}».</translation>
    </message>
    <message>
        <source>A time is written HH:MM, like 18:00, not “{text}”.</source>
        <translation>Время записывается как ЧЧ:ММ, например 18:00, а не «{text}».</translation>
    </message>
    <message>
        <source>This journal needs an upgrade to open in this version of the app, and it cannot be written here now (a full disk or read-only media).</source>
        <translation>Чтобы открыть дневник в этой версии программы, его нужно обновить, а записать его сейчас нельзя (диск заполнен или носитель только для чтения).</translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not a Boundary Journal.</source>
        <translation>Это база данных SQLite, но не «Дневник границ».</translation>
    </message>
    <message>
        <source>{what} is damaged or altered: it cannot be opened.</source>
        <translation>Файл {what} повреждён или изменён: открыть его нельзя.</translation>
    </message>
    <message>
        <source>{what} was made by a newer version of the app: update it.</source>
        <translation>Файл {what} создан более новой версией приложения: обновите его.</translation>
    </message>
    <message>
        <source>The file&apos;s name should end in {suffix}: {name}</source>
        <translation>Имя файла должно оканчиваться на {suffix}: {name}</translation>
    </message>
    <message>
        <source>A review&apos;s passphrase needs at least {limit} characters; a few words are best.</source>
        <translation>Парольной фразе разбора нужно не меньше {limit} символов; лучше несколько слов.</translation>
    </message>
    <message>
        <source>This is a review this journal shared: the coach writes its notes.</source>
        <translation>Этим разбором поделился этот дневник: заметки к нему пишет коуч.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>В заметке нужен текст.</translation>
    </message>
    <message>
        <source>A note is on an entry, an incident or the summary, not {on}.</source>
        <translation>Заметка относится к записи, случаю или сводке, а не к {on}.</translation>
    </message>
    <message>
        <source>This review has no {on} {target_uuid}.</source>
        <translation>В этом разборе нет {on} {target_uuid}.</translation>
    </message>
    <message>
        <source>{name} holds notes on a review this journal did not share; nothing was imported.</source>
        <translation>В {name} заметки к разбору, которым этот дневник не делился; ничего не импортировано.</translation>
    </message>
    <message>
        <source>That note is gone.</source>
        <translation>Этой заметки уже нет.</translation>
    </message>
    <message>
        <source>The notes were not written: “{word}” is in your note of {date}, and it is a name or a contact from your own journal. Take it out and send the notes again.</source>
        <translation>Заметки не записаны: «{word}» стоит в вашей заметке от {date}, а это имя или контакт из вашего собственного журнала. Уберите его и отправьте заметки снова.</translation>
    </message>
    <message>
        <source>{name} is damaged or altered: nothing was imported.</source>
        <translation>Файл {name} повреждён или изменён: ничего не импортировано.</translation>
    </message>
    <message>
        <source>A passphrase is needed to seal the file.</source>
        <translation>Чтобы запечатать файл, нужна парольная фраза.</translation>
    </message>
    <message>
        <source>{what} is not a file of this kind (or it is cut short).</source>
        <translation>{what} — файл не того вида (или он обрезан).</translation>
    </message>
    <message>
        <source>Wrong passphrase for {what}.</source>
        <translation>Неверная парольная фраза для {what}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation>Не удаётся прочитать {path}: {error}.</translation>
    </message>
    <message>
        <source>{path}: not a journal this app can import (Boundary Journal JSON; jrnl JSON, text, Markdown, YAML folder or XML; Day One JSON or .zip).</source>
        <translation>{path}: это не дневник, который приложение может импортировать (JSON Boundary Journal; jrnl: JSON, текст, Markdown, папка YAML или XML; Day One: JSON или .zip).</translation>
    </message>
    <message>
        <source>{path} is a folder; choose the exported file.</source>
        <translation>{path} — это папка; выберите файл экспорта.</translation>
    </message>
    <message>
        <source>Unknown import format “{fmt}”; use {formats}.</source>
        <translation>Неизвестный формат импорта «{fmt}»; укажите один из: {formats}.</translation>
    </message>
    <message>
        <source>{path}: the file is empty.</source>
        <translation>{path}: файл пуст.</translation>
    </message>
    <message>
        <source>{path}: not a Boundary Journal export.</source>
        <translation>{path}: это не экспорт «Дневника границ».</translation>
    </message>
    <message>
        <source>{path}: not a Day One JSON export.</source>
        <translation>{path}: это не экспорт JSON из Day One.</translation>
    </message>
    <message>
        <source>{path}: not a jrnl JSON export.</source>
        <translation>{path}: это не экспорт JSON из jrnl.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>запись {n}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>строка {n}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>поле «date»</translation>
    </message>
    <message>
        <source>client {n}</source>
        <translation>клиент {n}</translation>
    </message>
    <message>
        <source>client {n}, other name {m}</source>
        <translation>клиент {n}, другое имя {m}</translation>
    </message>
    <message>
        <source>client {n}, agreement version {m}</source>
        <translation>клиент {n}, версия договорённости {m}</translation>
    </message>
    <message>
        <source>kind {n}</source>
        <translation>вид случая {n}</translation>
    </message>
    <message>
        <source>question {n}</source>
        <translation>вопрос {n}</translation>
    </message>
    <message>
        <source>{where}, ratings</source>
        <translation>{where}, оценки</translation>
    </message>
    <message>
        <source>{where}, answer {n}</source>
        <translation>{where}, ответ {n}</translation>
    </message>
    <message>
        <source>{where}, incident {n}</source>
        <translation>{where}, случай {n}</translation>
    </message>
    <message>
        <source>client “{name}”</source>
        <translation>клиент «{name}»</translation>
    </message>
    <message>
        <source>kind “{key}”</source>
        <translation>вид случая «{key}»</translation>
    </message>
    <message>
        <source>question “{question}”</source>
        <translation>вопрос «{question}»</translation>
    </message>
    <message>
        <source>client “{name}”, other name “{other}”</source>
        <translation>клиент «{name}», другое имя «{other}»</translation>
    </message>
    <message>
        <source>{label}, {where}</source>
        <translation>{label}, {where}</translation>
    </message>
    <message>
        <source>{source}: {where}: unknown time zone “{zone}”; kept in UTC.</source>
        <translation>{source}: {where}: неизвестный часовой пояс «{zone}»; время оставлено в UTC.</translation>
    </message>
    <message>
        <source>{source}: {where} ({date}): photos or attachments not imported: {count}.</source>
        <translation>{source}: {where} ({date}): не импортировано фото и вложений: {count}.</translation>
    </message>
    <message>
        <source>{source}: {where}: {problem}.</source>
        <translation>{source}: {where}: {problem}.</translation>
    </message>
    <message>
        <source>{source}: {where}: {problem}</source>
        <translation>{source}: {where}: {problem}</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>ожидался объект, а найдено: {found}</translation>
    </message>
    <message>
        <source>“{key}” is missing</source>
        <translation>нет поля «{key}»</translation>
    </message>
    <message>
        <source>“{key}” should be text, not {found}</source>
        <translation>«{key}» должно быть текстом, а не: {found}</translation>
    </message>
    <message>
        <source>“{key}” should be true or false, not {found}</source>
        <translation>«{key}» должно быть true или false, а не: {found}</translation>
    </message>
    <message>
        <source>“{key}” should be a whole number from {low} to {high}</source>
        <translation>«{key}» должно быть целым числом от {low} до {high}</translation>
    </message>
    <message>
        <source>“{key}” should be a list of text</source>
        <translation>«{key}» должно быть списком строк</translation>
    </message>
    <message>
        <source>“{key}” should be a list, not {found}</source>
        <translation>«{key}» должно быть списком, а не: {found}</translation>
    </message>
    <message>
        <source>“{key}” is not a date (YYYY-MM-DD): “{value}”</source>
        <translation>«{key}» — не дата (ГГГГ-ММ-ДД): «{value}»</translation>
    </message>
    <message>
        <source>“{key}” is not a time (HH:MM): “{value}”</source>
        <translation>«{key}» — не время (ЧЧ:ММ): «{value}»</translation>
    </message>
    <message>
        <source>“{key}” is empty; a date and time is needed</source>
        <translation>«{key}» пусто; нужны дата и время</translation>
    </message>
    <message>
        <source>“{key}” is not a date and time: “{value}”</source>
        <translation>«{key}» — не дата и время: «{value}»</translation>
    </message>
    <message>
        <source>“{key}” is one of {known}, not “{value}”</source>
        <translation>«{key}» — одно из: {known}, а не «{value}»</translation>
    </message>
    <message>
        <source>“group” is one of {groups}</source>
        <translation>«group» — одно из: {groups}</translation>
    </message>
    <message>
        <source>“kind” is other or person, not “{kind}”</source>
        <translation>«kind» — other или person, а не «{kind}»</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>{source}: not a readable .zip archive.</source>
        <translation>{source}: это не читаемый архив .zip.</translation>
    </message>
    <message>
        <source>{source}: the archive cannot be read ({error}).</source>
        <translation>{source}: архив не читается ({error}).</translation>
    </message>
    <message>
        <source>{source}: no Day One journal (.json) inside the archive.</source>
        <translation>{source}: в архиве нет дневника Day One (.json).</translation>
    </message>
    <message>
        <source>{source}: the journal inside the archive is too large to import (over {limit} MiB unpacked).</source>
        <translation>{source}: дневник в архиве слишком велик для импорта (больше {limit} МиБ в распакованном виде).</translation>
    </message>
    <message>
        <source>{source}: the archive holds a file with an unsafe name (“{name}”); it is not read.</source>
        <translation>{source}: в архиве есть файл с небезопасным именем («{name}»); архив не читается.</translation>
    </message>
    <message>
        <source>{path}: not a regular file; choose the exported file.</source>
        <translation>{path}: это не обычный файл; выберите файл экспорта.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read: {error}.</source>
        <translation>{path}: файл нельзя прочитать: {error}.</translation>
    </message>
    <message>
        <source>{path}: the file is too large to import (over {limit} MiB).</source>
        <translation>{path}: файл слишком велик для импорта (больше {limit} МиБ).</translation>
    </message>
    <message>
        <source>{path}: a named pipe (FIFO), not a file; choose the exported file.</source>
        <translation>{path}: это именованный канал (FIFO), а не файл; выберите файл экспорта.</translation>
    </message>
    <message>
        <source>{path}: a device, not a file; choose the exported file.</source>
        <translation>{path}: это устройство, а не файл; выберите файл экспорта.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: такого файла нет.</translation>
    </message>
    <message>
        <source>{path}: the file cannot be read (permission denied).</source>
        <translation>{path}: файл нельзя прочитать (нет доступа).</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text (a byte that does not fit at position {start}).</source>
        <translation>{name}: это не текст в UTF-8 (неподходящий байт в позиции {start}).</translation>
    </message>
    <message>
        <source>{name}, line {lineno}, column {colno}: not valid JSON ({problem}).</source>
        <translation>{name}, строка {lineno}, столбец {colno}: ошибка в JSON ({problem}).</translation>
    </message>
    <message>
        <source>{name}: the JSON is nested too deeply to read.</source>
        <translation>{name}: JSON слишком глубоко вложен, его не прочитать.</translation>
    </message>
    <message>
        <source>{path}: the folder holds too many files to import.</source>
        <translation>{path}: в папке слишком много файлов для импорта.</translation>
    </message>
    <message>
        <source>{name}: the file ends in the middle of a character (is it cut short?).</source>
        <translation>{name}: файл обрывается посреди символа (он не обрезан?).</translation>
    </message>
    <message>
        <source>{name}: no entries found.</source>
        <translation>{name}: записей не найдено.</translation>
    </message>
    <message>
        <source>{name}, line {number}: expected an entry starting with [YYYY-MM-DD HH:MM].</source>
        <translation>{name}, строка {number}: ожидалась запись, начинающаяся с [ГГГГ-ММ-ДД ЧЧ:ММ].</translation>
    </message>
    <message>
        <source>{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], not “{line}”.</source>
        <translation>{name}, строка {number}: запись начинается с [ГГГГ-ММ-ДД ЧЧ:ММ], а не с «{line}».</translation>
    </message>
    <message>
        <source>{name}, line {number}: an entry starts with [YYYY-MM-DD HH:MM], not “{line}” (is the file cut short?).</source>
        <translation>{name}, строка {number}: запись начинается с [ГГГГ-ММ-ДД ЧЧ:ММ], а не с «{line}» (файл не обрезан?).</translation>
    </message>
    <message>
        <source>{name}, line {number}: “{stamp}” is not a real date and time.</source>
        <translation>{name}, строка {number}: «{stamp}» — несуществующие дата и время.</translation>
    </message>
    <message>
        <source>{name}: no jrnl entries found.</source>
        <translation>{name}: записи jrnl не найдены.</translation>
    </message>
    <message>
        <source>{folder}: no jrnl YAML files (.md) in the folder.</source>
        <translation>{folder}: в папке нет файлов YAML из jrnl (.md).</translation>
    </message>
    <message>
        <source>{name}, line 1: not a jrnl YAML file (it starts with “---”).</source>
        <translation>{name}, строка 1: это не файл YAML из jrnl (он начинается с «---»).</translation>
    </message>
    <message>
        <source>{name}: the file ends before its body does (is it cut short?).</source>
        <translation>{name}: файл кончается раньше текста записи (он не обрезан?).</translation>
    </message>
    <message>
        <source>{name}: “date” is not a date and time: “{date}”.</source>
        <translation>{name}: «date» — не дата и время: «{date}».</translation>
    </message>
    <message>
        <source>{name}: not a jrnl XML export (no &lt;journal&gt;&lt;entries&gt;).</source>
        <translation>{name}: это не экспорт XML из jrnl (нет &lt;journal&gt;&lt;entries&gt;).</translation>
    </message>
    <message>
        <source>{name}, {where}: “{stamp}” is not a real date and time.</source>
        <translation>{name}, {where}: «{stamp}» — несуществующие дата и время.</translation>
    </message>
    <message>
        <source>{folder}: the files are too large to import (over 1 GiB).</source>
        <translation>{folder}: файлы слишком велики для импорта (больше 1 ГиБ).</translation>
    </message>
    <message>
        <source>{name}, line {line}, column {column}: not valid XML.</source>
        <translation>{name}, строка {line}, столбец {column}: это не корректный XML.</translation>
    </message>
    <message>
        <source>{name}: {where}: “date” is not a date and time.</source>
        <translation>{name}: {where}: «date» — не дата и время.</translation>
    </message>
    <message>
        <source>{name}, line {line}: expected jrnl&apos;s “### YYYY-MM-DD HH:MM Title”.</source>
        <translation>{name}, строка {line}: ожидался заголовок jrnl «### ГГГГ-ММ-ДД ЧЧ:ММ Заголовок».</translation>
    </message>
    <message>
        <source>{name}, line {number}: not a jrnl YAML field: “{line}”.</source>
        <translation>{name}, строка {number}: это не поле YAML из jrnl: «{line}».</translation>
    </message>
    <message>
        <source>{name}: written by a newer Boundary Journal (schema {version}); update the app to import it.</source>
        <translation>{name}: файл записан более новой версией «Дневника границ» (схема {version}); обновите программу, чтобы его импортировать.</translation>
    </message>
    <message>
        <source>an answer refers to an unknown question “{question}”</source>
        <translation>ответ относится к неизвестному вопросу «{question}»</translation>
    </message>
    <message>
        <source>No entry in {source} has the tag “{tag}”.</source>
        <translation>Ни у одной записи в {source} нет метки «{tag}».</translation>
    </message>
    <message>
        <source>{source}: {where}, incident {n}: the incident kind “{kind}” is unknown</source>
        <translation>{source}: {where}, случай {n}: вид случая «{kind}» неизвестен</translation>
    </message>
    <message>
        <source>unknown question group “{group}”</source>
        <translation>неизвестная группа вопросов «{group}»</translation>
    </message>
    <message>
        <source>the incident kind “{kind}” is unknown</source>
        <translation>вид случая «{kind}» неизвестен</translation>
    </message>
    <message>
        <source>{source}: {where}: {error}</source>
        <translation>{source}: {where}: {error}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>On {0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <source>From {0} to {1}.</source>
        <translation>С {0} по {1}.</translation>
    </message>
    <message>
        <source>The client crossed my boundary</source>
        <translation>Клиент нарушил мою границу</translation>
    </message>
    <message>
        <source>I failed to respect the client</source>
        <translation>Я не проявил(а) уважения к клиенту</translation>
    </message>
    <message>
        <source>client → me</source>
        <translation>клиент → я</translation>
    </message>
    <message>
        <source>me → client</source>
        <translation>я → клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Held the boundary</source>
        <translation>Удержал(а) границу</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <source>Gave in</source>
        <translation>Уступил(а)</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Эскалировал(а)</translation>
    </message>
    <message>
        <source>Not addressed yet</source>
        <translation>Пока не решено</translation>
    </message>
    <message>
        <source>1 — minor</source>
        <translation>1 — незначительно</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3 — noticeable</source>
        <translation>3 — заметно</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 — serious</source>
        <translation>5 — серьёзно</translation>
    </message>
    <message>
        <source>outside agreed hours</source>
        <translation>вне оговорённого времени</translation>
    </message>
    <message>
        <source>outside agreed channels</source>
        <translation>вне оговорённых каналов</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>The journal is damaged</source>
        <translation>Дневник повреждён</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The backup is in place. The damaged file is kept as {0}.</source>
        <translation>Копия восстановлена. Повреждённый файл сохранён как {0}.</translation>
    </message>
    <message>
        <source>There is no backup to restore from. The file is at {0}. Rescue saves everything that can still be read, to import into a new journal.</source>
        <translation>Резервной копии для восстановления нет. Файл находится здесь: {0}. «Спасти» сохранит всё, что ещё читается, для импорта в новый дневник.</translation>
    </message>
    <message>
        <source>The latest good backup was made {0} and holds {1} entries. Restore it? The damaged file is kept beside it under another name.</source>
        <translation>Последняя исправная копия сделана {0}, записей в ней: {1}. Восстановить её? Повреждённый файл останется рядом под другим именем.</translation>
    </message>
    <message>
        <source>&amp;Restore the Backup</source>
        <translation>&amp;Восстановить копию</translation>
    </message>
    <message>
        <source>Re&amp;scue What Can Be Read…</source>
        <translation>&amp;Спасти то, что читается…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Rescue What Can Be Read</source>
        <translation>Спасти то, что читается</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{0} entries were saved to {1}. Import the file into a new journal.</source>
        <translation>Сохранено записей: {0}, в файл {1}. Импортируйте его в новый дневник.</translation>
    </message>
    <message>
        <source>{0} entries could not be read and are missing.</source>
        <translation>Не удалось прочитать записей: {0}, их в файле нет.</translation>
    </message>
    <message>
        <source>{0} entries had a damaged date, time or text and are kept as far as readable.</source>
        <translation>Записей с повреждёнными датой, временем или текстом: {0}; они сохранены в том виде, в каком читаются.</translation>
    </message>
    <message>
        <source>What cannot be read is left out. Rescue saves everything that can still be read, to import into a new journal; File → Backups… can restore a backup.</source>
        <translation>То, что не читается, пропущено. «Спасти» сохранит всё, что ещё читается, для импорта в новый дневник; «Файл → Резервные копии…» может восстановить копию.</translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>Incidents over time</source>
        <translation>Случаи во времени</translation>
    </message>
    <message>
        <source>Incidents by client</source>
        <translation>Случаи по клиентам</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Held the boundary, %</source>
        <translation>Граница удержана, %</translation>
    </message>
    <message>
        <source>Gave in, %</source>
        <translation>Уступил(а), %</translation>
    </message>
    <message>
        <source>How I responded</source>
        <translation>Как я реагировал(а)</translation>
    </message>
    <message>
        <source>Respect balance (average ratings)</source>
        <translation>Баланс уважения (средние оценки)</translation>
    </message>
</context>
</TS>
