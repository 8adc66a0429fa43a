// Names and places the corpus generator swaps into the sample articles, so that 2,000 or
// 20,000 articles are not 8 texts repeated (a cache or an interned string would flatter us).
// Invented combinations of common names: no real private person is meant.
export const FIRST_NAMES = [
  'Ana', 'Ben', 'Carla', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hannah', 'Ivan', 'Julia', 'Kenji',
  'Laura', 'Marcus', 'Nadia', 'Oscar', 'Priya', 'Rafael', 'Sofia', 'Thomas', 'Uma', 'Victor',
  'Wendy', 'Yusuf', 'Zoe', 'Adrian', 'Beatriz', 'Chloe', 'Dmitri', 'Emma', 'Felix', 'Gabriel',
  'Helen', 'Isabel', 'Jonas', 'Karin', 'Lucas', 'Maya', 'Nathan', 'Olivia', 'Paolo', 'Rachel',
  'Samuel', 'Teresa', 'Walter', 'Amira', 'Bruno', 'Clara', 'David', 'Erik', 'Fatima', 'George',
  'Ines', 'James', 'Leila', 'Martin', 'Noah', 'Patricia', 'Ruth', 'Simon', 'Tariq', 'Vera',
];
export const SURNAMES = [
  'Alvarez', 'Bennett', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Gallagher', 'Hoffman',
  'Ibrahim', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okonkwo', 'Petrov',
  'Quinn', 'Rossi', 'Schneider', 'Tanaka', 'Usman', 'Varga', 'Whitaker', 'Yilmaz', 'Zimmerman',
  'Abbott', 'Brennan', 'Costa', 'Delgado', 'Ellison', 'Ferreira', 'Gupta', 'Hartmann', 'Iversen',
  'Jovanovic', 'Keller', 'Larsen', 'Mendes', 'Novak', 'Osei', 'Park', 'Reyes', 'Sullivan',
  'Thornton', 'Vasquez', 'Walsh', 'Andersen', 'Barros', 'Chandler', 'Duarte', 'Foster', 'Grant',
];
export const CITIES = [
  'Lyon', 'Porto', 'Leeds', 'Denver', 'Austin', 'Tucson', 'Geneva', 'Munich', 'Krakow', 'Seville',
  'Glasgow', 'Calgary', 'Ottawa', 'Nairobi', 'Accra', 'Osaka', 'Manila', 'Lima', 'Bogota',
  'Santiago', 'Oslo', 'Helsinki', 'Valencia', 'Bristol', 'Cardiff', 'Dublin', 'Rotterdam',
  'Antwerp', 'Hamburg', 'Zurich', 'Vienna', 'Prague', 'Budapest', 'Athens', 'Naples', 'Turin',
  'Marseille', 'Toulouse', 'Boston', 'Seattle', 'Portland', 'Atlanta', 'Phoenix', 'Houston',
];
