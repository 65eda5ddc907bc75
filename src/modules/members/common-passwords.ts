/**
 * Passwords that appear at the top of every breach list, lower-cased. Only those of the minimum length
 * or longer matter; shorter ones are refused by length first. A small list on purpose: it stops the
 * obvious choices without shipping a dictionary.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789a', '1234567890a', '0123456789', '9876543210', '1111111111', '0000000000',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'qwertyuiop', 'qwertyuiop123', 'asdfghjkl1', 'zxcvbnm123', 'qwerty1234',
  'qwerty12345', 'qwerty123456', 'password12', 'password123', 'password1234', 'password!1', 'passw0rd123', 'p@ssw0rd123',
  'p@ssword123', 'iloveyou12', 'iloveyou123', 'iloveyou1234', 'sunshine123', 'princess123', 'football123', 'baseball123',
  'welcome123', 'welcome1234', 'letmein123', 'letmein1234', 'monkey1234', 'dragon1234', 'master1234', 'superman123',
  'batman1234', 'trustno1234', 'abc1234567', 'abcdefghij', 'abcd123456', 'aaaaaaaaaa', 'administrator', 'admin12345',
  'admin123456', 'changeme123', 'changeme1234', 'computer123', 'internet123', 'starwars123', 'whatever123', 'michael123',
  'jennifer123', 'charlie123', 'shadow1234', 'mustang123', 'liverpool123', 'chelsea123', 'arsenal123', 'pokemon123',
  'qazwsxedc1', 'qazwsxedcrfv', '1qaz2wsx3edc', 'zaq12wsxcde3', 'azertyuiop', 'azerty1234', 'motdepasse', 'motdepasse1',
  'motdepasse123', 'passwort123', 'contraseña123', 'linkcy1234', 'linkcy12345', 'linkcypassword', 'fintech123',
  'banking123', 'bankaccount', 'mypassword1', 'mypassword123', 'secret1234', 'secretpassword', 'testtest12',
  'test123456', 'testing123', 'helloworld', 'helloworld1', 'helloworld123', 'loveyou1234', 'football1234',
]);

/**
 * The words most breached passwords are built on. A password that is one of them once digits and
 * symbols are dropped and leetspeak is read back (`P@ssw0rd123!` -> `password`) is refused whatever
 * its length: crackers try exactly those decorations first.
 */
export const commonPasswordWords: ReadonlySet<string> = new Set([
  'password', 'passwort', 'motdepasse', 'contrasena', 'qwerty', 'qwertyuiop', 'azerty', 'azertyuiop', 'asdfgh', 'asdfghjkl',
  'zxcvbnm', 'qazwsx', 'qazwsxedc', 'letmein', 'welcome', 'iloveyou', 'admin', 'administrator', 'monkey', 'dragon', 'master',
  'football', 'baseball', 'soccer', 'sunshine', 'princess', 'superman', 'batman', 'starwars', 'whatever', 'trustno', 'shadow',
  'michael', 'jennifer', 'charlie', 'mustang', 'liverpool', 'chelsea', 'arsenal', 'pokemon', 'computer', 'internet',
  'changeme', 'secret', 'linkcy', 'abc', 'abcdef', 'abcdefgh', 'login', 'hello', 'freedom', 'summer', 'winter', 'spring',
  'autumn', 'flower', 'lovely', 'love', 'money', 'banking', 'fintech', 'test', 'testing', 'guest', 'user', 'root',
]);
