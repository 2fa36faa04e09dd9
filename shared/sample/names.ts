import type { Random } from './random';

/**
 * Synthetic personal names for the sample event: small pools of common given and family names
 * per naming tradition, combined at random (seeded). They name no real person on purpose: the
 * pools leave out the names of current leaders, and every generated name is unique in the event.
 */

type Family = string | readonly [male: string, female: string];
export type Culture = {
  /** How a printed name is built: given then family, family then given, Vietnamese (family, middle, given), or two given parts. */
  order: 'given-family' | 'family-given' | 'vietnamese' | 'two-part';
  male: readonly string[];
  female: readonly string[];
  family: readonly Family[];
  middleMale?: readonly string[];
  middleFemale?: readonly string[];
};

export const CULTURES = {
  vietnamese: {
    order: 'vietnamese',
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
    middleMale: ['Hữu', 'Công', 'Khắc', 'Bảo', 'Gia', 'Đăng'],
    middleFemale: ['Thu', 'Ngọc', 'Diệu', 'Bảo', 'Khánh'],
    male: ['Khôi', 'Phong', 'Quân', 'Tâm', 'Khang', 'Nhân', 'Duy', 'Lộc', 'Vĩnh', 'Kiên', 'Toàn', 'Thịnh'],
    female: ['Hân', 'Linh', 'Mai', 'Vy', 'Thảo', 'Trang', 'Vân', 'Yến', 'Nhi', 'Uyên', 'Ngân'],
  },
  chinese: {
    order: 'family-given',
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma'],
    male: ['Wei', 'Jun', 'Hao', 'Lei', 'Tao', 'Peng', 'Bo', 'Ming', 'Yong', 'Jian'],
    female: ['Fang', 'Jing', 'Min', 'Na', 'Yan', 'Xiu', 'Hui', 'Ying', 'Lin'],
  },
  japanese: {
    order: 'family-given',
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Daisuke', 'Makoto', 'Shota', 'Yuki', 'Kazuya'],
    female: ['Yoko', 'Akiko', 'Naomi', 'Emi', 'Haruka', 'Keiko', 'Mayumi'],
  },
  korean: {
    order: 'family-given',
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Jang', 'Lim', 'Han', 'Shin'],
    male: ['Min-jun', 'Seo-jun', 'Ji-hoon', 'Hyun-woo', 'Dong-hyun', 'Sung-min', 'Tae-yang'],
    female: ['Ji-yeon', 'Soo-jin', 'Hye-won', 'Min-ji', 'Eun-ji', 'Seo-yeon'],
  },
  lao: {
    order: 'given-family',
    family: ['Sisavath', 'Phommachanh', 'Keomany', 'Vongsa', 'Inthavong', 'Chanthavong', 'Sayavong'],
    male: ['Khamphone', 'Bounmy', 'Souksavanh', 'Phonesavanh', 'Vilayphong', 'Somphet'],
    female: ['Malaythong', 'Chanthaly', 'Souphaphone', 'Manivone', 'Vanida'],
  },
  khmer: {
    order: 'family-given',
    family: ['Sok', 'Chea', 'Keo', 'Meas', 'Heng', 'Chhim', 'Ouk', 'Pen'],
    male: ['Dara', 'Sophal', 'Vannak', 'Rithy', 'Vibol', 'Visal', 'Pisey'],
    female: ['Sreymom', 'Channary', 'Bopha', 'Sothea', 'Malis', 'Rachana'],
  },
  thai: {
    order: 'given-family',
    family: ['Srisuk', 'Chaiyaporn', 'Wongsakul', 'Boonmee', 'Rattanakorn', 'Thongdee', 'Saengthong'],
    male: ['Somsak', 'Prasert', 'Anan', 'Chaiwat', 'Kittisak', 'Wichai', 'Narong'],
    female: ['Siriporn', 'Kanya', 'Malee', 'Ratana', 'Pimchanok', 'Duangjai'],
  },
  burmese: {
    order: 'two-part',
    family: [['Zin', 'Wai'], ['Naing', 'Mon'], ['Lwin', 'Aye'], ['Oo', 'Ei'], ['Htut', 'Yadanar'], ['Tun', 'Thandar']],
    male: ['Kyaw', 'Zaw', 'Thant', 'Myo', 'Htet', 'Nay'],
    female: ['Hnin', 'Su', 'Thiri', 'Khin', 'Nwe', 'May'],
  },
  malay: {
    order: 'given-family',
    family: ['Rahman', 'Hassan', 'Ismail', 'Yusof', 'Osman', 'Salleh', 'Hamid', 'Zainal'],
    male: ['Ahmad', 'Hafiz', 'Rizal', 'Farid', 'Azman', 'Khairul', 'Syahmi'],
    female: ['Nurul', 'Siti', 'Aisyah', 'Farah', 'Aminah', 'Zarina'],
  },
  indonesian: {
    order: 'given-family',
    family: ['Santoso', 'Wijaya', 'Hidayat', 'Pratama', 'Setiawan', 'Kusuma', 'Nugroho', 'Saputra'],
    male: ['Budi', 'Agus', 'Hendra', 'Eko', 'Rudi', 'Dimas', 'Arief'],
    female: ['Dewi', 'Sri', 'Rina', 'Wulan', 'Indah', 'Putri'],
  },
  filipino: {
    order: 'given-family',
    family: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Villanueva', 'Navarro', 'Castillo', 'Ramos', 'Mercado'],
    male: ['Jose', 'Ramon', 'Miguel', 'Antonio', 'Eduardo', 'Renato', 'Carlo'],
    female: ['Maria', 'Teresa', 'Carmela', 'Rosario', 'Angelica', 'Kristine'],
  },
  mongolian: {
    order: 'given-family',
    family: ['Dorj', 'Tsend', 'Purev', 'Sükh', 'Ganbaatar', 'Namjil'],
    male: ['Ganzorig', 'Tömörbaatar', 'Naranbaatar', 'Erdenebat', 'Altangerel'],
    female: ['Bolormaa', 'Sarangerel', 'Nomin', 'Enkhjargal', 'Tsetsegmaa'],
  },
  southAsian: {
    order: 'given-family',
    family: ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Rao', 'Verma', 'Kulkarni'],
    male: ['Arjun', 'Rahul', 'Vikram', 'Nikhil', 'Anil', 'Rohan', 'Suresh'],
    female: ['Priya', 'Anjali', 'Kavita', 'Meera', 'Sunita', 'Deepa'],
  },
  southAsianMuslim: {
    order: 'given-family',
    family: ['Qureshi', 'Siddiqui', 'Chowdhury', 'Malik', 'Hossain', 'Ahmed', 'Mirza', 'Haque'],
    male: ['Asif', 'Tariq', 'Kamran', 'Faisal', 'Nadeem', 'Rashed', 'Zubair'],
    female: ['Ayesha', 'Sana', 'Farzana', 'Nusrat', 'Rubina', 'Shirin'],
  },
  nepali: {
    order: 'given-family',
    family: ['Shrestha', 'Adhikari', 'Thapa', 'Gurung', 'Rai', 'Pokharel', 'Bhattarai'],
    male: ['Bishnu', 'Ramesh', 'Prakash', 'Sanjiv', 'Dipak'],
    female: ['Sita', 'Gita', 'Nirmala', 'Sarita', 'Anita'],
  },
  sinhala: {
    order: 'given-family',
    family: ['Perera', 'Fernando', 'Jayasinghe', 'Bandara', 'Wijesinghe', 'Gunawardena'],
    male: ['Nuwan', 'Chaminda', 'Kasun', 'Lasantha', 'Ruwan'],
    female: ['Dilani', 'Nadeesha', 'Sanduni', 'Chathurika', 'Ishara'],
  },
  maldivian: {
    order: 'given-family',
    family: ['Didi', 'Manik', 'Rasheed', 'Naseem', 'Shakir', 'Zahir'],
    male: ['Hussain', 'Ibrahim', 'Ahmed', 'Ismail', 'Ali'],
    female: ['Aminath', 'Mariyam', 'Fathimath', 'Aishath', 'Hawwa'],
  },
  arabic: {
    order: 'given-family',
    family: ['Al-Amin', 'Haddad', 'Mansour', 'Nasser', 'Saleh', 'Khalil', 'Farouk', 'Saadi', 'Al-Hashimi', 'Darwish', 'Benali', 'Kabbaj'],
    male: ['Ahmed', 'Khalid', 'Omar', 'Youssef', 'Karim', 'Tarek', 'Nabil', 'Samir', 'Walid', 'Hamza'],
    female: ['Fatima', 'Layla', 'Mariam', 'Nour', 'Rania', 'Huda', 'Salma', 'Yasmine'],
  },
  persian: {
    order: 'given-family',
    family: ['Karimi', 'Rahimi', 'Moradi', 'Tehrani', 'Jafari', 'Hosseini', 'Ebrahimi'],
    male: ['Reza', 'Mehdi', 'Hossein', 'Amir', 'Saeed', 'Majid'],
    female: ['Maryam', 'Zahra', 'Neda', 'Shirin', 'Parisa', 'Leila'],
  },
  turkish: {
    order: 'given-family',
    family: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan'],
    male: ['Mehmet', 'Emre', 'Burak', 'Murat', 'Kerem', 'Serkan'],
    female: ['Ayşe', 'Elif', 'Zeynep', 'Selin', 'Derya', 'Gül'],
  },
  azerbaijani: {
    order: 'given-family',
    family: [['Mammadov', 'Mammadova'], ['Huseynov', 'Huseynova'], ['Guliyev', 'Guliyeva'], ['Hasanov', 'Hasanova'], ['Rzayev', 'Rzayeva']],
    male: ['Elnur', 'Rashad', 'Orkhan', 'Farid', 'Vugar'],
    female: ['Aynur', 'Gunel', 'Sevinj', 'Nigar', 'Lala'],
  },
  centralAsian: {
    order: 'given-family',
    family: [['Akhmetov', 'Akhmetova'], ['Abdullaev', 'Abdullaeva'], ['Saidov', 'Saidova'], ['Toktogulov', 'Toktogulova'],
      ['Ismoilov', 'Ismoilova'], ['Nurlanov', 'Nurlanova'], ['Yusupov', 'Yusupova']],
    male: ['Nurlan', 'Timur', 'Aibek', 'Rustam', 'Bakhtiyor', 'Daniyar', 'Farrukh'],
    female: ['Dilnoza', 'Aigerim', 'Gulnara', 'Madina', 'Zarina', 'Kamila'],
  },
  russian: {
    order: 'given-family',
    family: [['Orlov', 'Orlova'], ['Petrov', 'Petrova'], ['Smirnov', 'Smirnova'], ['Volkov', 'Volkova'],
      ['Sokolov', 'Sokolova'], ['Kuznetsov', 'Kuznetsova'], ['Morozov', 'Morozova'], ['Belov', 'Belova'], ['Zaitsev', 'Zaitseva']],
    male: ['Alexei', 'Dmitri', 'Andrei', 'Nikolai', 'Pavel', 'Oleg', 'Igor', 'Maxim'],
    female: ['Olga', 'Irina', 'Natalia', 'Elena', 'Tatiana', 'Svetlana', 'Yulia'],
  },
  ukrainian: {
    order: 'given-family',
    family: ['Kovalenko', 'Bondarenko', 'Hnatiuk', 'Kravchenko', 'Melnyk', 'Lysenko', 'Savchuk'],
    male: ['Oleksandr', 'Andriy', 'Dmytro', 'Taras', 'Mykola', 'Bohdan'],
    female: ['Olena', 'Iryna', 'Oksana', 'Nataliia', 'Halyna'],
  },
  english: {
    order: 'given-family',
    family: ['Lawson', 'Hughes', 'Bennett', 'Walsh', 'Fletcher', 'Morgan', 'Harland', 'Sinclair', 'Ward', 'Holloway',
      'Turner', 'Palmer', 'Chapman', 'Ashdown', 'Ellis', 'Hayes', 'Whitaker', 'Brooks'],
    male: ['James', 'David', 'Michael', 'Richard', 'Andrew', 'Thomas', 'Peter', 'Christopher', 'Daniel', 'Matthew'],
    female: ['Sarah', 'Emma', 'Catherine', 'Helen', 'Rachel', 'Claire', 'Laura', 'Rebecca', 'Joanna'],
  },
  french: {
    order: 'given-family',
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Mercier', 'Lambert', 'Chevalier'],
    male: ['Jean', 'Pierre', 'Laurent', 'Olivier', 'Philippe', 'Antoine', 'Nicolas', 'Julien'],
    female: ['Claire', 'Sophie', 'Isabelle', 'Camille', 'Anne', 'Hélène', 'Élise'],
  },
  german: {
    order: 'given-family',
    family: ['Müller', 'Schmidt', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Keller', 'Huber', 'Brandt', 'Vogel'],
    male: ['Markus', 'Stefan', 'Andreas', 'Tobias', 'Jörg', 'Matthias', 'Florian'],
    female: ['Julia', 'Katrin', 'Anna', 'Sabine', 'Claudia', 'Birgit'],
  },
  scandinavian: {
    order: 'given-family',
    family: ['Lindqvist', 'Johansson', 'Hansen', 'Berg', 'Dahl', 'Nilsson', 'Haugen', 'Sandberg'],
    male: ['Lars', 'Erik', 'Johan', 'Anders', 'Henrik', 'Sven', 'Magnus'],
    female: ['Ingrid', 'Karin', 'Annika', 'Maren', 'Sigrid', 'Linnea'],
  },
  finnish: {
    order: 'given-family',
    family: ['Virtanen', 'Nieminen', 'Korhonen', 'Mäkinen', 'Heikkinen', 'Laine', 'Koskinen'],
    male: ['Mikko', 'Juha', 'Antti', 'Timo', 'Jari'],
    female: ['Liisa', 'Aino', 'Kaisa', 'Tiina', 'Riikka'],
  },
  dutch: {
    order: 'given-family',
    family: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder'],
    male: ['Pieter', 'Joost', 'Bram', 'Sander', 'Maarten', 'Jeroen'],
    female: ['Sanne', 'Femke', 'Lotte', 'Marloes', 'Anouk', 'Ellen'],
  },
  spanish: {
    order: 'given-family',
    family: ['García', 'Fernández', 'López', 'Moreno', 'Navarro', 'Ortega', 'Jiménez', 'Ruiz'],
    male: ['Carlos', 'Javier', 'Pablo', 'Álvaro', 'Miguel', 'Sergio'],
    female: ['Lucía', 'Marta', 'Carmen', 'Beatriz', 'Elena', 'Pilar'],
  },
  portuguese: {
    order: 'given-family',
    family: ['Martins', 'Ferreira', 'Sousa', 'Rodrigues', 'Pereira', 'Fonseca', 'Amaral', 'Soares'],
    male: ['João', 'Tiago', 'Rui', 'Nuno', 'Duarte', 'Filipe'],
    female: ['Inês', 'Ana', 'Joana', 'Sofia', 'Teresa', 'Rita'],
  },
  italian: {
    order: 'given-family',
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
    male: ['Marco', 'Luca', 'Giovanni', 'Alessandro', 'Stefano', 'Davide'],
    female: ['Francesca', 'Giulia', 'Chiara', 'Valentina', 'Elena', 'Silvia'],
  },
  greek: {
    order: 'given-family',
    family: [['Papadopoulos', 'Papadopoulou'], ['Georgiou', 'Georgiou'], ['Nikolaou', 'Nikolaou'], ['Konstantinou', 'Konstantinou'],
      ['Ioannou', 'Ioannou'], ['Christodoulou', 'Christodoulou'], ['Borg', 'Borg'], ['Camilleri', 'Camilleri']],
    male: ['Giorgos', 'Nikos', 'Dimitris', 'Andreas', 'Kostas', 'Joseph'],
    female: ['Eleni', 'Maria', 'Katerina', 'Sofia', 'Christina'],
  },
  polish: {
    order: 'given-family',
    family: [['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'],
      ['Wiśniewski', 'Wiśniewska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska']],
    male: ['Piotr', 'Tomasz', 'Marcin', 'Paweł', 'Michał', 'Łukasz'],
    female: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Ewa'],
  },
  czech: {
    order: 'given-family',
    family: [['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Procházka', 'Procházková'], ['Kučera', 'Kučerová']],
    male: ['Jan', 'Petr', 'Martin', 'Jakub', 'Ondřej'],
    female: ['Jana', 'Eva', 'Lucie', 'Tereza', 'Markéta'],
  },
  hungarian: {
    order: 'given-family',
    family: ['Nagy', 'Kovács', 'Tóth', 'Horváth', 'Varga', 'Molnár', 'Farkas'],
    male: ['László', 'Gábor', 'Zoltán', 'Balázs', 'Tamás', 'Attila'],
    female: ['Katalin', 'Eszter', 'Zsófia', 'Krisztina', 'Ildikó', 'Réka'],
  },
  southSlavic: {
    order: 'given-family',
    family: ['Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić'],
    male: ['Marko', 'Nikola', 'Milan', 'Stefan', 'Dragan', 'Vladan'],
    female: ['Jelena', 'Ivana', 'Milica', 'Marija', 'Tijana'],
  },
  hebrew: {
    order: 'given-family',
    family: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman'],
    male: ['Yossi', 'Avi', 'Eitan', 'Oren', 'Amir'],
    female: ['Noa', 'Tamar', 'Michal', 'Yael', 'Shira'],
  },
  hispanic: {
    order: 'given-family',
    family: ['González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rojas', 'Vargas', 'Herrera',
      'Medina', 'Aguilar', 'Castillo', 'Mendoza'],
    male: ['Jorge', 'Luis', 'Diego', 'Andrés', 'Ricardo', 'Fernando', 'Alejandro', 'Raúl', 'Héctor'],
    female: ['María', 'Gabriela', 'Valentina', 'Carolina', 'Daniela', 'Patricia', 'Lorena', 'Adriana'],
  },
  brazilian: {
    order: 'given-family',
    family: ['Oliveira', 'Souza', 'Lima', 'Almeida', 'Carvalho', 'Ribeiro', 'Gomes', 'Barbosa'],
    male: ['Pedro', 'Rafael', 'Lucas', 'Gustavo', 'Rodrigo', 'Marcelo'],
    female: ['Beatriz', 'Juliana', 'Fernanda', 'Camila', 'Larissa', 'Renata'],
  },
  caribbean: {
    order: 'given-family',
    family: ['Campbell', 'Williams', 'Baptiste', 'Charles', 'Joseph', 'Persaud', 'Ramdass', 'Alleyne', 'Francis'],
    male: ['Marlon', 'Andre', 'Kevin', 'Damian', 'Rohan', 'Wendell'],
    female: ['Keisha', 'Natalie', 'Sharon', 'Simone', 'Cheryl', 'Alicia'],
  },
  eastAfrican: {
    order: 'given-family',
    family: ['Otieno', 'Mwangi', 'Kamau', 'Mutua', 'Ochieng', 'Njoroge', 'Musoke', 'Nyirenda', 'Mwale', 'Phiri', 'Okello', 'Mugisha', 'Habimana', 'Massawe'],
    male: ['Joseph', 'Daniel', 'Samuel', 'Brian', 'Moses', 'Patrick', 'Eric', 'Collins'],
    female: ['Grace', 'Esther', 'Faith', 'Mercy', 'Joyce', 'Agnes', 'Neema'],
  },
  westAfrican: {
    order: 'given-family',
    family: ['Mensah', 'Owusu', 'Boateng', 'Okafor', 'Adeyemi', 'Okonkwo', 'Bello', 'Asante', 'Conteh', 'Kamara', 'Sesay', 'Eze'],
    male: ['Kwame', 'Kofi', 'Yaw', 'Emmanuel', 'Chinedu', 'Abdul', 'Mohamed', 'Tunde'],
    female: ['Ama', 'Abena', 'Ngozi', 'Adaeze', 'Fatmata', 'Efua', 'Zainab'],
  },
  southernAfrican: {
    order: 'given-family',
    family: ['Dlamini', 'Nkosi', 'Mokoena', 'Moyo', 'Ndlovu', 'Sithole', 'Shikongo', 'Nghipandulwa', 'Chikwanha'],
    male: ['Thabo', 'Sipho', 'Themba', 'Tendai', 'Tapiwa', 'Kabelo', 'Kagiso'],
    female: ['Nomvula', 'Lerato', 'Rutendo', 'Thandiwe', 'Naledi', 'Chipo'],
  },
  francophoneAfrican: {
    order: 'given-family',
    family: ['Diallo', 'Traoré', 'Ndiaye', 'Koné', 'Diop', 'Ouédraogo', 'Sow', 'Mabiala', 'Nzouzi', 'Kouassi', 'Mbarga', 'Obiang-Ndong', 'Kaboré'],
    male: ['Moussa', 'Ibrahima', 'Mamadou', 'Jean-Claude', 'Serge', 'Désiré', 'Yves', 'Arnaud'],
    female: ['Aminata', 'Fatou', 'Awa', 'Brigitte', 'Mariama', 'Clarisse', 'Nadège'],
  },
  lusophoneAfrican: {
    order: 'given-family',
    family: ['Cossa', 'Sitoe', 'Tembe', 'Macuácua', 'Muianga', 'Tavares', 'Mendes', 'Cabral', 'Baptista'],
    male: ['Manuel', 'Alberto', 'Armando', 'Celso', 'Domingos', 'Américo'],
    female: ['Graça', 'Isabel', 'Luísa', 'Esperança', 'Celeste', 'Amélia'],
  },
  ethiopian: {
    order: 'given-family',
    family: ['Bekele', 'Girma', 'Tadesse', 'Alemu', 'Wolde', 'Getachew'],
    male: ['Abebe', 'Dawit', 'Tesfaye', 'Yonas', 'Henok'],
    female: ['Meron', 'Hiwot', 'Selam', 'Tigist', 'Bethlehem'],
  },
  pacific: {
    order: 'given-family',
    family: ['Naivalu', 'Rokotuiwai', 'Koroi', 'Nasilivata', 'Ravai', 'Kila', 'Nalau', 'Ngiraikelau', 'Tosi', 'Kapu'],
    male: ['Tevita', 'Semisi', 'Peni', 'Iosefo', 'Kalo', 'Joel'],
    female: ['Mere', 'Losana', 'Litia', 'Ana', 'Vani', 'Miriama'],
  },
} as const satisfies Record<string, Culture>;

export type CultureName = keyof typeof CULTURES;

/**
 * Leaders and senior officials in office around the event (2025) whose names the pools could
 * otherwise produce or come close to; the generator never gives these, in either name order.
 */
export const REAL_NAMES_TO_AVOID: readonly string[] = [
  // Viet Nam
  'Lương Cường', 'Tô Lâm', 'Phạm Minh Chính', 'Trần Thanh Mẫn', 'Bùi Thanh Sơn', 'Lương Tam Quang', 'Nguyễn Hải Ninh',
  'Võ Thị Ánh Xuân', 'Nguyễn Hòa Bình', 'Lê Hoài Trung', 'Phan Văn Giang', 'Nguyễn Văn Thắng', 'Nguyễn Văn Long',
  'Nguyễn Văn An', 'Nguyễn Văn Bình',
  // United Nations system and organizations
  'António Guterres', 'Amina Mohammed', 'Ghada Waly', 'Volker Türk', 'Achim Steiner', 'Catherine Russell', 'Sima Bahous',
  'Vladimir Voronkov', 'Doreen Bogdan-Martin', 'Audrey Azoulay', 'Daren Tang', 'Valdecy Urquiza', 'Kao Kim Hourn',
  'Ursula von der Leyen', 'Kaja Kallas', 'Alain Berset', 'Feridun Sinirlioğlu', 'Albert Ramdin', 'Ahmed Aboul Gheit',
  'Hissein Brahim Taha', 'Shirley Botchwey', 'Catherine De Bolle', 'Amy Pope', 'Ajay Banga', 'Kristalina Georgieva',
  'Mathias Cormann', 'Elisa de Anda Madrazo', 'Tedros Adhanom Ghebreyesus', 'Rafael Grossi', 'Ngozi Okonjo-Iweala',
  'Gilbert Houngbo', 'Qu Dongyu', 'Filippo Grandi', 'Tom Fletcher', 'Thomas Fletcher', 'Haoliang Xu', 'Rebeca Grynspan',
  'Armida Alisjahbana', 'Mahmoud Mohieldin', 'Louise Mushikiwabo', 'Ian Saunders', 'Jasem Mohamed Albudaiwi',
  // Heads of state and government, ministers
  'Xi Jinping', 'Li Qiang', 'Wang Yi', 'Wang Xiaohong', 'Vladimir Putin', 'Sergey Lavrov', 'Sergei Lavrov',
  'Mikhail Mishustin', 'Donald Trump', 'Marco Rubio', 'Keir Starmer', 'David Lammy', 'Yvette Cooper',
  'Emmanuel Macron', 'Jean-Noël Barrot', 'Friedrich Merz', 'Johann Wadephul', 'Giorgia Meloni', 'Antonio Tajani',
  'Pedro Sánchez', 'José Manuel Albares', 'Shigeru Ishiba', 'Sanae Takaichi', 'Lee Jae-myung', 'Narendra Modi',
  'Shehbaz Sharif', 'Anwar Ibrahim', 'Prabowo Subianto', 'Ferdinand Marcos', 'Anutin Charnvirakul', 'Hun Manet',
  'Thongloun Sisoulith', 'Sonexay Siphandone', 'Lawrence Wong', 'Vivian Balakrishnan', 'José Ramos-Horta',
  'Xanana Gusmão', 'Luiz Inácio Lula da Silva', 'Javier Milei', 'Claudia Sheinbaum', 'Gustavo Petro', 'Gabriel Boric',
  'Miguel Díaz-Canel', 'Santiago Peña', 'Nicolás Maduro', 'William Ruto', 'John Mahama', 'Bola Tinubu',
  'Cyril Ramaphosa', 'Abdel Fattah el-Sisi', 'Paul Kagame', 'Yoweri Museveni', 'Samia Suluhu Hassan',
  'Hakainde Hichilema', 'Daniel Chapo', 'Julius Maada Bio', 'Alexander Stubb', 'Aleksandar Vučić',
  'Recep Tayyip Erdoğan', 'Masoud Pezeshkian', 'Abbas Araghchi', 'Anthony Albanese', 'Penny Wong', 'Christopher Luxon',
  'Mark Carney', 'Volodymyr Zelenskyy', 'Alexander Lukashenko', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev',
  'Sadyr Japarov', 'Mohamed Muizzu', 'Sushila Karki', 'Anura Kumara Dissanayake', 'Sitiveni Rabuka', 'Jotham Napat',
  'Surangel Whipps', 'Andrew Holness', 'Irfaan Ali', 'Navinchandra Ramgoolam', 'Donald Tusk', 'Radosław Sikorski',
  'Krzysztof Gawkowski', 'Viktor Orbán', 'Christian Stocker', 'Karin Keller-Sutter', 'Ulf Kristersson',
  'Jonas Gahr Støre', 'Dick Schoof', 'Bart De Wever', 'Micheál Martin', 'Kyriakos Mitsotakis', 'Luís Montenegro',
  'Pietro Parolin', 'Paul Richard Gallagher', 'Mahmoud Abbas', 'Mohammad Mustafa', 'Isaac Herzog',
  'Benjamin Netanyahu', 'Joseph Aoun', 'Nawaf Salam', 'Ilham Aliyev', 'Abdelmadjid Tebboune', 'Kais Saied',
  'Aziz Akhannouch', 'Abiy Ahmed', 'Bassirou Diomaye Faye', 'Ousmane Sonko', 'Alassane Ouattara', 'Paul Biya',
  'Félix Tshisekedi', 'João Lourenço', 'Netumbo Nandi-Ndaitwah', 'Emmerson Mnangagwa', 'Luis Arce', 'Rodrigo Paz',
  'Rodrigo Chaves', 'Luis Abinader', 'Philip J. Pierre', 'Bharrat Jagdeo', 'Kamla Persad-Bissessar', 'Oleksandr Tkachenko',
  'Mehmet Aydın', 'Sanjay Gupta',
];

export type PersonName = { name: string; familyName: string };

/**
 * Draws names that are unique in the whole event. Throws if a pool runs dry, which a test would
 * show at once (the pools are sized for the sample with a wide margin).
 */
const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const reversed = (name: string) => {
  const parts = name.split(' ');
  return [parts[parts.length - 1], ...parts.slice(0, -1)].join(' ');
};
const AVOID = new Set(REAL_NAMES_TO_AVOID.flatMap((n) => [fold(n), fold(reversed(n))]));

/** True when a name is one of the real names to avoid (accents and name order ignored). */
export function isRealNameToAvoid(name: string): boolean {
  return AVOID.has(fold(name)) || AVOID.has(fold(reversed(name)));
}

export class NameGenerator {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** Reserves a name that is not generated (so no generated name repeats it). */
  reserve(name: string): void {
    this.used.add(name);
  }

  next(cultureName: CultureName, gender: 'male' | 'female'): PersonName {
    const culture: Culture = CULTURES[cultureName];
    for (let attempt = 0; attempt < 500; attempt++) {
      const drawn = this.draw(culture, gender);
      if (!this.used.has(drawn.name) && !isRealNameToAvoid(drawn.name)) {
        this.used.add(drawn.name);
        return drawn;
      }
    }
    throw new Error(`The ${cultureName} name pool has no unused ${gender} name left`);
  }

  private draw(culture: Culture, gender: 'male' | 'female'): PersonName {
    const r = this.random;
    const given = r.pick(gender === 'male' ? culture.male : culture.female);
    const fam = r.pick(culture.family);
    const family = typeof fam === 'string' ? fam : fam[gender === 'male' ? 0 : 1];
    switch (culture.order) {
      case 'vietnamese': {
        const middle = r.pick((gender === 'male' ? culture.middleMale : culture.middleFemale) ?? ['']);
        return { name: `${family} ${middle} ${given}`, familyName: family };
      }
      case 'family-given':
        return { name: `${family} ${given}`, familyName: family };
      case 'two-part': {
        const name = `${given} ${family}`;
        return { name, familyName: name };
      }
      case 'given-family':
        return { name: `${given} ${family}`, familyName: family };
    }
  }
}
